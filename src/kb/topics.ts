/** Knowledge-base topics, in the order the home page and topic index show them (names: UI words). */
export const topicIds = [
  "account",
  "payments",
  "escrow",
  "payoff",
  "tax-forms",
  "hardship",
  "documents",
  "errors-and-requests",
  "escalation",
  "contacting",
  "security",
] as const;

export type TopicId = typeof topicIds[number];
