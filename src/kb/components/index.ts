/** The components guides may use, by the name an author writes: no import needed. */
import { callout } from "./Callout.tsx";
import { contactLink } from "./ContactLink.tsx";
import { deadline } from "./Deadline.tsx";
import { steps } from "./Steps.tsx";
import type { GuideComponent } from "./types.ts";

export const guideComponents: Record<string, GuideComponent> = {
  Steps: steps,
  Callout: callout,
  Deadline: deadline,
  ContactLink: contactLink,
} as Record<string, GuideComponent>;

export const guideComponentNames = Object.keys(guideComponents);
