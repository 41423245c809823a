import { z } from "zod";
import { servicerProfileSchema } from "../inquiry/profile.ts";
import { siteSchema } from "./site.ts";

/** The whole profile file: who the servicer is, and how the site presents it. */
export const profileFileSchema = z.strictObject({
  servicer: servicerProfileSchema,
  site: siteSchema,
});

export type ProfileFile = z.infer<typeof profileFileSchema>;

/** The README section that lists every field, named in every profile error. */
export const profileHelp = 'README.md, section "Rebrand it"';
