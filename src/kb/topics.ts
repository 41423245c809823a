import type { Lang } from "../inquiry/categories.ts";

/** Knowledge-base topics, in the order the home page and topic index show them. */
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

export const topicNames: Record<TopicId, Record<Lang, string>> = {
  account: { en: "Your balance and account", es: "Su saldo y su cuenta" },
  payments: { en: "Payments and fees", es: "Pagos y cargos" },
  escrow: {
    en: "Escrow, taxes and insurance",
    es: "Escrow, impuestos y seguro",
  },
  payoff: { en: "Paying off your loan", es: "Liquidar su préstamo" },
  "tax-forms": {
    en: "Tax forms (Form 1098)",
    es: "Formularios de impuestos (1098)",
  },
  hardship: { en: "Trouble paying", es: "Dificultades para pagar" },
  documents: { en: "Documents and records", es: "Documentos y registros" },
  "errors-and-requests": {
    en: "Errors and information requests",
    es: "Errores y solicitudes de información",
  },
  escalation: { en: "Complaints and escalation", es: "Quejas y escalamiento" },
  contacting: {
    en: "Contacting your servicer",
    es: "Cómo comunicarse con su administrador",
  },
  security: {
    en: "Protecting your information",
    es: "Proteger su información",
  },
};
