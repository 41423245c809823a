import type { NextStepsWords } from "./en.ts";

/**
 * Las palabras cuando el administrador no cumple, en español: los próximos pasos, y la carta de
 * seguimiento y el resumen de queja, que el prestatario envía con su propia voz ("mi aviso de error").
 */
export const nextStepsEs: NextStepsWords = {
  steps: {
    "follow-up": "Escribir de nuevo al administrador",
    "cfpb-complaint": "Presentar una queja ante la CFPB",
    "state-regulator": "Comunicarse con el regulador hipotecario de su estado",
    "housing-counselor": "Hablar con un consejero de vivienda aprobado por HUD",
  },
  stepHelp: {
    "follow-up":
      "Envíe este seguimiento a la misma dirección que su primer mensaje, y guarde una copia.",
    "cfpb-complaint":
      "La Oficina para la Protección Financiera del Consumidor (CFPB) envía su queja a la compañía y le pide una respuesta. Copie este resumen en el formulario de consumerfinance.gov/complaint, o llame al (855) 411-2372.",
    "state-regulator":
      "Su estado otorga las licencias a los administradores hipotecarios. Busque a su administrador y sus reguladores estatales en NMLS Consumer Access (nmlsconsumeraccess.org).",
    "housing-counselor":
      "Un consejero de vivienda aprobado por HUD puede ayudarle gratis o a bajo costo. Llame al (800) 569-4287 o busque por código postal con el buscador de consejeros de la CFPB.",
  },
  overdue: (what, date) =>
    `El administrador debía ${what} a más tardar el ${date} (fecha estimada) y usted no lo ha anotado.`,
  notResolved: "Usted anotó que la respuesta no resolvió el problema.",
  linkText: {
    "cfpb-complaint": "Presentar una queja ante la CFPB",
    "state-regulator": "Abrir NMLS Consumer Access",
    "housing-counselor": "Buscar un consejero de vivienda",
  },
  mine: {
    "notice-of-error": "mi aviso de error",
    "request-for-information": "mi solicitud de información",
    other: "un mensaje",
  },
  owed: {
    acknowledgement: (mine) => `acusar recibo de ${mine} por escrito`,
    "notice-of-error": () =>
      "corregir el error, o explicarme por escrito por qué no hubo ningún error",
    "notice-of-error-payoff": () =>
      "corregir el saldo de liquidación, o explicarme por escrito por qué no hubo ningún error",
    "notice-of-error-foreclosure": () =>
      "corregir el error de la ejecución hipotecaria, o explicarme por escrito por qué no hubo ningún error",
    "documents-relied-on": () =>
      "enviarme gratis los documentos en los que se basó la decisión de que no hubo error",
    "credit-reporting-protection": (mine) =>
      `no reportar nada negativo a las agencias de crédito sobre el pago que ${mine} disputa`,
    "loan-owner": () => "decirme quién es el dueño de mi préstamo y cómo comunicarme con él",
    "other-information": () =>
      "enviarme la información que pedí, o explicarme por qué no está disponible",
    "payoff-statement": () =>
      "enviarme un estado de liquidación exacto después de mi solicitud por escrito",
    "escrow-refund-after-payoff": () =>
      "devolverme el dinero que quedó en mi cuenta de depósito en garantía (escrow) después de liquidar el préstamo",
    "escrow-surplus-refund": () =>
      "devolverme un sobrante de escrow de $50 o más que encontró el análisis anual",
    "escrow-annual-statement": () => "enviarme el estado anual de escrow después del año de escrow",
    "loss-mitigation-acknowledgement": () =>
      "confirmar por escrito mi solicitud de ayuda y decirme qué documentos faltan",
    "loss-mitigation-decision": () =>
      "evaluar mi solicitud completa para todas las opciones y comunicarme la decisión por escrito",
    "loss-mitigation-appeal-decision": () =>
      "decidir mi apelación de la negación de una modificación del préstamo y comunicármela por escrito",
    "transfer-notice-new-servicer": () =>
      "enviarme un aviso de la transferencia de la administración de mi préstamo",
    "transfer-payment-grace": () =>
      "no tratar como atrasado un pago que el administrador anterior recibió a más tardar en la fecha de vencimiento (incluido cualquier período de gracia)",
    "pmi-premium-refund": () =>
      "devolverme las primas no devengadas del seguro hipotecario privado",
    "servicer-response": () => "dar una primera respuesta en el plazo que publica",
  },
  followUp: {
    sent: (v) =>
      `El ${v.date} les envié ${v.mine} por ${v.method} (referencia ${v.reference}, asunto "${v.subject}").`,
    received: (date) => `Según mis registros, lo recibieron el ${date}.`,
    missed: (v) =>
      `Según ${v.citation}, debían ${v.what} a más tardar el ${v.date} (fecha estimada). No lo he recibido.`,
    missedOwn: (v) =>
      `Ustedes indicaron que iban a ${v.what} a más tardar el ${v.date} (fecha estimada). No lo he recibido.`,
    notResolved: (date) => `Respondieron el ${date}, pero el problema no está resuelto.`,
    ask: "Les pido que un supervisor revise esto y me responda por escrito.",
    extension:
      "Si extendieron el plazo para responder, les pido una copia del aviso escrito que enviaron.",
    thanks: "Gracias.",
  },
  complaint: {
    company: "Compañía",
    happened: "Qué pasó",
    sent: (v) => `${v.date}: envié ${v.mine}, "${v.subject}", por ${v.method}.`,
    received: (date) => `${date}: el administrador lo recibió.`,
    acknowledged: (date) => `${date}: el administrador confirmó que lo recibió.`,
    answered: (date) => `${date}: el administrador respondió.`,
    notResolved: (date) => `${date}: la respuesta no resolvió el problema.`,
    missed: (v) =>
      `${v.date} (fecha estimada): el administrador debía ${v.what}${v.citation}. No lo hizo.`,
    references: "Números de referencia",
    reference: (r) => `Mi referencia: ${r}`,
    tracking: (t) => `Número de seguimiento del correo: ${t}`,
    want: "Lo que pido",
    wantText: {
      overdue:
        "Una respuesta completa y por escrito a mi mensaje, y la corrección de cualquier error.",
      "not-resolved": "Una respuesta completa y por escrito que resuelva el problema descrito.",
    },
  },
};
export default nextStepsEs;
