/** Where My messages lives in localStorage (shared by the page and the contact widget). */
export const MESSAGES_KEY = "bhc-messages";
