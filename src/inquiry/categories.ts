/** The nine inquiry categories: ids are part of the product contract (URLs, tests). */
export const categoryIds = [
  "account-inquiry",
  "payment-clarification",
  "document-request",
  "hardship",
  "escalation",
  "notice-of-error",
  "request-for-information",
  "security",
  "general",
] as const;

export type CategoryId = typeof categoryIds[number];

export type Lang = "en" | "es";

/** Display names per language; the English names appear in subject lines. */
export const categoryNames: Record<CategoryId, Record<Lang, string>> = {
  "account-inquiry": { en: "Account Inquiry", es: "Consulta de cuenta" },
  "payment-clarification": {
    en: "Payment Clarification",
    es: "Aclaración de pago",
  },
  "document-request": { en: "Document Request", es: "Solicitud de documentos" },
  hardship: { en: "Hardship Assistance", es: "Ayuda por dificultades" },
  escalation: { en: "Escalation", es: "Escalamiento" },
  "notice-of-error": { en: "Notice of Error", es: "Aviso de error" },
  "request-for-information": {
    en: "Request for Information",
    es: "Solicitud de información",
  },
  security: { en: "Security Concern", es: "Problema de seguridad" },
  general: { en: "General Question", es: "Pregunta general" },
};

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === "string" &&
    (categoryIds as readonly string[]).includes(value);
}
