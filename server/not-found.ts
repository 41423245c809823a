/**
 * Which page answers a path that matches no file: the first entry whose prefix the path starts
 * with. Longer prefixes first. When languages come from a registry, this list is derived from it.
 */
export const notFoundPages: { prefix: string; file: string }[] = [
  { prefix: "/es/", file: "/es/404/index.html" },
  { prefix: "/", file: "/404.html" },
];
