// The components every guide may use without importing them (passed to <Content components>).
import Callout from "./Callout.astro";
import ContactLink from "./ContactLink.astro";
import Deadline from "./Deadline.astro";
import Steps from "./Steps.astro";

export const mdxComponents = { Callout, ContactLink, Deadline, Steps };
