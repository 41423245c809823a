import type { Lang } from "./categories.ts";

/** A response deadline the law sets, counted from the day the servicer receives the request. */
export interface DeadlineRule {
  id: DeadlineRuleId;
  /** Length of the period. */
  days: number;
  /** Business days skip weekends and federal holidays (5 U.S.C. 6103). */
  unit: "business" | "calendar";
  /** Extra business days the servicer may take after telling the borrower in writing. */
  extensionDays?: number;
  citation: string;
  /** The event that starts the clock. */
  startsAt: DeadlineStart;
  /** What must happen by the deadline, in each language. */
  what: Record<Lang, string>;
}

/** Events a deadline is counted from. */
export type DeadlineStart =
  | "request-received"
  | "application-received"
  | "complete-application-received"
  | "appeal-made"
  | "transfer-effective"
  | "pmi-termination"
  | "payoff"
  | "escrow-analysis"
  | "escrow-year-end";

export const deadlineRuleIds = [
  "acknowledgement",
  "notice-of-error",
  "notice-of-error-payoff",
  "payoff-statement",
  "loan-owner",
  "other-information",
  "escrow-refund-after-payoff",
  "escrow-surplus-refund",
  "escrow-annual-statement",
  "documents-relied-on",
  "loss-mitigation-acknowledgement",
  "loss-mitigation-decision",
  "loss-mitigation-appeal-decision",
  "notice-of-error-foreclosure",
  "credit-reporting-protection",
  "transfer-notice-new-servicer",
  "transfer-payment-grace",
  "pmi-premium-refund",
] as const;

export type DeadlineRuleId = typeof deadlineRuleIds[number];

export const deadlineRules: Record<DeadlineRuleId, DeadlineRule> = {
  acknowledgement: {
    id: "acknowledgement",
    startsAt: "request-received",
    days: 5,
    unit: "business",
    citation: "12 CFR 1024.35(d), 1024.36(c)",
    what: {
      en: "acknowledge your notice of error or information request in writing",
      es: "confirmar por escrito que recibió su aviso de error o solicitud de información",
    },
  },
  "notice-of-error": {
    id: "notice-of-error",
    startsAt: "request-received",
    days: 30,
    unit: "business",
    extensionDays: 15,
    citation: "12 CFR 1024.35(e)(3)",
    what: {
      en: "correct the error or explain in writing why there is no error",
      es: "corregir el error o explicarle por escrito por qué no hay error",
    },
  },
  "notice-of-error-payoff": {
    id: "notice-of-error-payoff",
    startsAt: "request-received",
    days: 7,
    unit: "business",
    citation: "12 CFR 1024.35(e)(3)(i)(A)",
    what: {
      en: "answer a notice that a payoff balance is wrong (no extension allowed)",
      es: "responder a un aviso de que el saldo de liquidación está mal (sin prórroga)",
    },
  },
  "payoff-statement": {
    id: "payoff-statement",
    startsAt: "request-received",
    days: 7,
    unit: "business",
    citation: "12 CFR 1026.36(c)(3)",
    what: {
      en: "send an accurate payoff statement after your written request",
      es: "enviarle un estado de liquidación exacto después de su solicitud por escrito",
    },
  },
  "loan-owner": {
    id: "loan-owner",
    startsAt: "request-received",
    days: 10,
    unit: "business",
    citation: "12 CFR 1024.36(d)(2)(i)(A)",
    what: {
      en: "tell you who owns or holds your loan",
      es: "decirle quién es el dueño de su préstamo",
    },
  },
  "other-information": {
    id: "other-information",
    startsAt: "request-received",
    days: 30,
    unit: "business",
    extensionDays: 15,
    citation: "12 CFR 1024.36(d)(2)(i)(B)",
    what: {
      en: "send the information you asked for or explain why it is not available",
      es: "enviarle la información que pidió o explicarle por qué no está disponible",
    },
  },
  "escrow-refund-after-payoff": {
    id: "escrow-refund-after-payoff",
    startsAt: "payoff",
    days: 20,
    unit: "business",
    citation: "12 CFR 1024.34(b)",
    what: {
      en: "refund the money left in your escrow account after you pay off the loan",
      es:
        "devolverle el dinero que queda en su cuenta de depósito en garantía (escrow) después de pagar el préstamo",
    },
  },
  "escrow-surplus-refund": {
    id: "escrow-surplus-refund",
    startsAt: "escrow-analysis",
    days: 30,
    unit: "calendar",
    citation: "12 CFR 1024.17(f)(2)",
    what: {
      en:
        "refund an escrow surplus of $50 or more after the annual analysis, if your payments are current",
      es:
        "devolverle un sobrante de escrow de $50 o más después del análisis anual, si sus pagos están al día",
    },
  },
  "escrow-annual-statement": {
    id: "escrow-annual-statement",
    startsAt: "escrow-year-end",
    days: 30,
    unit: "calendar",
    citation: "12 CFR 1024.17(i)",
    what: {
      en: "send the annual escrow statement after the escrow year ends",
      es: "enviarle el estado anual de escrow después de que termine el año de escrow",
    },
  },
  "documents-relied-on": {
    id: "documents-relied-on",
    startsAt: "request-received",
    days: 15,
    unit: "business",
    citation: "12 CFR 1024.35(e)(4)",
    what: {
      en: "send, free of charge, the documents it relied on to decide there was no error",
      es: "enviarle gratis los documentos en los que se basó para decidir que no hubo error",
    },
  },
  "loss-mitigation-acknowledgement": {
    id: "loss-mitigation-acknowledgement",
    startsAt: "application-received",
    days: 5,
    unit: "business",
    citation: "12 CFR 1024.41(b)(2)(i)(B)",
    what: {
      en: "acknowledge your application for help and list any missing documents",
      es: "confirmar su solicitud de ayuda y decirle qué documentos faltan",
    },
  },
  "loss-mitigation-decision": {
    id: "loss-mitigation-decision",
    startsAt: "complete-application-received",
    days: 30,
    unit: "calendar",
    citation: "12 CFR 1024.41(c)(1)",
    what: {
      en: "decide on a complete application received more than 37 days before a foreclosure sale",
      es:
        "decidir sobre una solicitud completa recibida más de 37 días antes de una venta por ejecución hipotecaria",
    },
  },
  "loss-mitigation-appeal-decision": {
    id: "loss-mitigation-appeal-decision",
    startsAt: "appeal-made",
    days: 30,
    unit: "calendar",
    citation: "12 CFR 1024.41(h)(4)",
    what: {
      en: "decide your appeal of a loan modification denial",
      es: "decidir su apelación de la negación de una modificación del préstamo",
    },
  },
  "notice-of-error-foreclosure": {
    id: "notice-of-error-foreclosure",
    startsAt: "request-received",
    days: 30,
    unit: "business",
    citation: "12 CFR 1024.35(e)(3)(i)(B)",
    what: {
      en:
        "answer a notice that a foreclosure was started or a sale scheduled wrongly, and before the sale date if that comes first (no extension allowed)",
      es:
        "responder a un aviso de que una ejecución hipotecaria se inició o una venta se programó indebidamente, y antes de la fecha de la venta si esta llega primero (sin prórroga)",
    },
  },
  "credit-reporting-protection": {
    id: "credit-reporting-protection",
    startsAt: "request-received",
    days: 60,
    unit: "calendar",
    citation: "12 CFR 1024.35(i)(1)",
    what: {
      en:
        "not report negative information to credit bureaus about a payment your notice of error disputes",
      es:
        "no reportar información negativa a las agencias de crédito sobre un pago que su aviso de error disputa",
    },
  },
  "transfer-notice-new-servicer": {
    id: "transfer-notice-new-servicer",
    startsAt: "transfer-effective",
    days: 15,
    unit: "calendar",
    citation: "12 CFR 1024.33(b)(3)(i)",
    what: {
      en: "send you a notice that it is your new servicer (new servicer)",
      es: "enviarle un aviso de que es su nuevo administrador (nuevo administrador)",
    },
  },
  "transfer-payment-grace": {
    id: "transfer-payment-grace",
    startsAt: "transfer-effective",
    days: 60,
    unit: "calendar",
    citation: "12 CFR 1024.33(c)(1)",
    what: {
      en: "not treat as late an on-time payment you sent to the old servicer",
      es: "no tratar como atrasado un pago a tiempo que usted envió al administrador anterior",
    },
  },
  "pmi-premium-refund": {
    id: "pmi-premium-refund",
    startsAt: "pmi-termination",
    days: 45,
    unit: "calendar",
    citation: "12 U.S.C. 4902(f)(1)",
    what: {
      en: "return the unearned mortgage insurance premiums after PMI ends",
      es:
        "devolverle las primas no devengadas del seguro hipotecario después de que termina el PMI",
    },
  },
};
