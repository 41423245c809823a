// The modules src/integrations/profile.ts makes from the servicer profile.

declare module "virtual:help-center/profile" {
  /** The `servicer:` block, checked. */
  export const servicer: import("./inquiry/profile.ts").ServicerProfile;
  /** The `site:` block, checked, with its logo and favicon as served paths. */
  export const site: import("./profile/load.ts").Site;
}

declare module "virtual:help-center/colours.css" {}
