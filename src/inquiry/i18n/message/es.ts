import type { MessageWords } from "./en.ts";

/** Las palabras del mensaje en español (EE. UU.): "días hábiles", "días calendario". */
export const es: MessageWords = {
  message: {
    account: "Datos de la cuenta",
    about: "Sobre este mensaje",
    ask: "Lo que pido",
    attachments: "Documentos adjuntos",
    attaching: "Adjunto estos documentos:",
    enclosing: "Incluyo copias de estos documentos:",
    deadlines: "Cuándo esperar una respuesta (fechas estimadas)",
    deadlinesNote: (date) =>
      `Contado desde el ${date} como si el administrador recibiera este mensaje ese día; su plazo empieza cuando lo recibe.`,
    reference: "Referencia",
    date: "Fecha",
    thanks: "Gracias por su ayuda.",
    sincerely: "Atentamente,",
    signature: "Firma",
    dear: (name) => `Estimados señores de ${name}:`,
    re: "Asunto",
    keepingCopy: "Guardo una copia de esta carta para mis registros.",
  },
  terms: {
    fullName: "Nombre completo",
    borrower: "Nombre del prestatario",
    loanNumber: "Número de préstamo",
    propertyAddress: "Dirección de la propiedad",
    email: "Correo electrónico",
    phone: "Número de teléfono",
    category: "Categoría",
    topic: "Tema",
    paymentDate: "Fecha del pago",
    paymentAmount: "Cantidad del pago",
    feeDate: "Fecha del cargo",
    feeAmount: "Cantidad del cargo",
    statementDate: "Fecha del estado de cuenta",
    documentType: "Documentos que necesita",
    taxYear: "Año fiscal",
    payoffDate: "Fecha de liquidación",
    paidOffDate: "Fecha en que se liquidó el préstamo",
    errorDate: "Fecha del error",
    informationRequested: "Información solicitada",
    saleDate: "Fecha de la venta por ejecución hipotecaria",
    incidentDate: "Fecha en que ocurrió",
    previousContactDate: "Fecha del primer contacto",
    previousReference: "Referencia anterior",
  },
  asks: {
    "account-inquiry": "Les pido que revisen esto y me respondan con la información.",
    "payment-clarification":
      "Les pido que me expliquen cómo se manejó esto y que lo corrijan si está mal.",
    "document-request": "Les pido que me envíen los documentos indicados.",
    hardship:
      "Les pido que me digan para qué opciones podría calificar y qué necesitan de mí para solicitarlas.",
    escalation: "Les pido que un supervisor revise esto y me responda por escrito.",
    "notice-of-error":
      "Les pido que corrijan el error o que me expliquen por escrito por qué creen que no hay error.",
    "request-for-information": "Les pido que me envíen la información descrita.",
    security: "Les pido que confirmen si esto vino de ustedes y que me digan qué debo hacer.",
    general: "Les pido que respondan a mi pregunta.",
  },
  designated: {
    "notice-of-error": {
      letter: "Esta carta es un aviso de error conforme a 12 CFR 1024.35.",
      email: "Este correo es un aviso de error conforme a 12 CFR 1024.35.",
      subject: "El error que creo que ocurrió",
    },
    "request-for-information": {
      letter: "Esta carta es una solicitud de información conforme a 12 CFR 1024.36.",
      email: "Este correo es una solicitud de información conforme a 12 CFR 1024.36.",
      subject: "La información que solicito",
    },
  },
  estimated: "fecha estimada",
  tone: {
    capitals:
      "Las mayúsculas pueden leerse como gritos. El texto en minúsculas es más fácil de leer.",
    exclamations:
      "Basta con un signo de exclamación. Un mensaje tranquilo es más fácil de atender.",
    insult: "Las palabras fuertes pueden retrasar la respuesta. Describa qué pasó y qué necesita.",
  },
  deadlines: {
    what: {
      acknowledgement: "confirmar por escrito que recibió su aviso de error o su solicitud",
      "notice-of-error":
        "corregir el error, o explicarle por escrito por qué no encontró ningún error",
      "notice-of-error-payoff":
        "corregir el saldo de liquidación, o explicarle por escrito por qué no encontró ningún error",
      "notice-of-error-foreclosure":
        "corregir el error de la ejecución hipotecaria, o explicarle por escrito por qué no encontró ningún error",
      "documents-relied-on":
        "enviarle gratis los documentos en los que se basó para decidir que no hubo error",
      "credit-reporting-protection":
        "no reportar nada negativo a las agencias de crédito sobre el pago que su aviso disputa",
      "loan-owner": "decirle quién es el dueño de su préstamo y cómo comunicarse con él",
      "other-information":
        "enviarle la información que pidió, o explicarle por qué no está disponible",
      "payoff-statement":
        "enviarle un estado de liquidación exacto después de su solicitud por escrito",
      "escrow-refund-after-payoff":
        "devolverle el dinero que queda en su cuenta de depósito en garantía (escrow) después de liquidar el préstamo",
      "escrow-surplus-refund":
        "devolverle un sobrante de escrow de $50 o más que encuentre el análisis anual",
      "escrow-annual-statement":
        "enviarle el estado anual de escrow después de que termine el año de escrow",
      "loss-mitigation-acknowledgement":
        "confirmar por escrito su solicitud de ayuda y decirle qué documentos faltan",
      "loss-mitigation-decision":
        "evaluar su solicitud completa para todas las opciones y comunicarle su decisión por escrito",
      "loss-mitigation-appeal-decision":
        "decidir su apelación de la negación de una modificación del préstamo y comunicársela por escrito",
      "transfer-notice-new-servicer": "enviarle un aviso de que es su nuevo administrador",
      "transfer-payment-grace":
        "no tratar como atrasado un pago que el administrador anterior recibió a más tardar en la fecha de vencimiento (incluido cualquier período de gracia)",
      "pmi-premium-refund": "devolverle las primas no devengadas del seguro hipotecario privado",
      "servicer-response": "darle una primera respuesta, según el plazo que él mismo publica",
    },
    orBeforeSale: ", o antes de la venta por ejecución hipotecaria si esta llega primero",
    period: {
      "excluding-weekends-and-holidays": { one: "{n} día hábil", other: "{n} días hábiles" },
      "servicer-business-days": { one: "{n} día hábil", other: "{n} días hábiles" },
      calendar: { one: "{n} día calendario", other: "{n} días calendario" },
    },
    due: (v) =>
      `A más tardar el ${v.date} (fecha estimada, ${v.period}): el administrador debe ${v.what}${v.cite}.`,
    dueBeforeSale: (v) =>
      `A más tardar el ${v.date} (fecha estimada, el día antes de la venta, que llega antes de que pasen ${v.period}): el administrador debe ${v.what}${v.cite}.`,
    protectedUntil: (v) =>
      `Hasta el ${v.date} (fecha estimada, ${v.period}): el administrador debe ${v.what}${v.cite}.`,
    more: { one: "{n} día hábil más", other: "{n} días hábiles más" },
    extension: (v) =>
      `Puede tomar ${v.more} (hasta el ${v.date}, fecha estimada) solo si se lo informa por escrito, con sus razones, antes del primer plazo (${v.citation}).`,
    noExtension: (citation) => `No se permite prórroga (${citation}).`,
    counting: {
      "excluding-weekends-and-holidays":
        "Los días hábiles no cuentan sábados, domingos ni días feriados federales.",
      "servicer-business-days":
        "El Reglamento Z cuenta los días en que el administrador abre para atender sus negocios, que pueden incluir los sábados y los días feriados federales (12 CFR 1026.2(a)(6)). Las fechas que estima este centro de ayuda cuentan de lunes a viernes sin días feriados federales, así que si el administrador abre un sábado o un día feriado federal, el plazo real puede vencer antes.",
      calendar: "Los días calendario cuentan todos los días, incluidos fines de semana y feriados.",
    },
    scope: {
      "principal-residence":
        "Esta obligación se aplica solo si la casa es su vivienda principal (12 CFR 1024.30(c)(2)).",
      "not-small-servicers":
        "Los administradores pequeños no tienen que cumplirla (12 CFR 1024.30(b)(1)); aun así, deben esperar a que el préstamo tenga más de 120 días de atraso para iniciar una ejecución hipotecaria, y no pueden iniciarla ni terminarla mientras usted cumpla un acuerdo de mitigación de pérdidas (12 CFR 1024.41(j)).",
      "application-45-days-before-sale":
        "Se aplica solo a una solicitud recibida 45 días o más antes de una venta por ejecución hipotecaria programada, o en cualquier momento mientras no haya una venta programada (12 CFR 1024.41(b)(2)(i); comentario 41(b)(2)(i)-1).",
      "complete-more-than-37-days-before-sale":
        "Se aplica solo a una solicitud completa recibida más de 37 días antes de una venta por ejecución hipotecaria programada (12 CFR 1024.41(c)(1)).",
      "complete-90-days-before-sale":
        "Puede apelar solo si el administrador tenía su solicitud completa 90 días o más antes de una venta por ejecución hipotecaria programada, o antes del primer aviso o trámite de ejecución hipotecaria (12 CFR 1024.41(h)(1)).",
      "escrow-to-new-loan":
        "En cambio, si usted está de acuerdo, el administrador puede pasar el dinero a la cuenta de depósito en garantía de un préstamo nuevo del mismo prestamista, del dueño del préstamo o de un prestamista que use el mismo administrador (12 CFR 1024.34(b)(2)).",
      "error-7-days-before-sale":
        "Si su aviso le llega al administrador 7 días o menos antes de la venta, solo tiene que hacer un esfuerzo de buena fe, por teléfono o por escrito, para corregir el error o explicar por qué no lo hay (12 CFR 1024.35(f)(2)).",
      "statement-not-in-default":
        "No se aplica si usted tiene más de 30 días de atraso cuando el administrador hace el análisis de escrow, si el administrador inició una ejecución hipotecaria o si usted está en bancarrota. Cuando su préstamo vuelva a estar al día, el administrador debe enviarle el historial de la cuenta dentro de 90 días (12 CFR 1024.17(i)(2)).",
      "borrower-current":
        "Se aplica solo si sus pagos están al día: recibidos dentro de los 30 días de cada fecha de vencimiento (12 CFR 1024.17(f)(2)(ii)).",
      "payment-in-dispute":
        "Cubre el pago del que trata su aviso de error, y sigue a un aviso de error, no a una solicitud de información.",
      "payoff-exceptions":
        "Si el préstamo está en bancarrota o en ejecución hipotecaria, es una hipoteca inversa o de plusvalía compartida, o un desastre natural retrasa al administrador, debe responder en un tiempo razonable.",
      "private-mortgage-insurance":
        "Cubre el seguro hipotecario privado según la Ley de Protección al Propietario de Vivienda (Homeowners Protection Act), no el seguro hipotecario de la FHA.",
    },
    sale: {
      intro: (sale) =>
        `Hay una venta por ejecución hipotecaria programada para el ${sale}. Lo que debe hacer el administrador depende de cuándo tiene su solicitud (12 CFR 1024.41(b)(3)). Si es su vivienda principal y su administrador no es un administrador pequeño:`,
      errorIntro: (sale) =>
        `Hay una venta por ejecución hipotecaria programada para el ${sale}. Cómo debe responder el administrador depende de cuándo recibe su aviso (12 CFR 1024.35(f)(2)):`,
      met: {
        "acknowledgement-45": (day) =>
          `Una solicitud recibida a más tardar el ${day} (fecha estimada) debe confirmarse dentro de 5 días hábiles, con una lista de los documentos que faltan (12 CFR 1024.41(b)(2)(i)).`,
        "decision-37": (day) =>
          `Una solicitud completa recibida a más tardar el ${day} (fecha estimada) debe recibir una decisión por escrito dentro de 30 días calendario, y el administrador no puede pedir una sentencia de ejecución hipotecaria ni hacer la venta hasta que termine la revisión (12 CFR 1024.41(c)(1), 1024.41(g)).`,
        "appeal-90": (day) =>
          `Una solicitud completa recibida a más tardar el ${day} (fecha estimada) le da derecho a apelar la negación de una modificación del préstamo, y al menos 14 días para aceptar una oferta (12 CFR 1024.41(h)(1), 1024.41(e)(1)).`,
        "foreclosure-error-7": (day) =>
          `Un aviso que el administrador reciba a más tardar el ${day} (fecha estimada), más de 7 días antes de la venta, debe confirmarse por escrito y responderse antes de la venta (12 CFR 1024.35(d), 1024.35(e)(3)(i)(B)).`,
      },
      missed: {
        "acknowledgement-45": (day) =>
          `Su solicitud llega después del ${day} (fecha estimada), menos de 45 días antes de la venta, así que el administrador no tiene que confirmarla dentro de 5 días hábiles (12 CFR 1024.41(b)(2)(i)).`,
        "decision-37": (day) =>
          `Una solicitud completa que llegue después del ${day} (fecha estimada), 37 días o menos antes de la venta, no tiene que decidirse dentro de 30 días, y la venta no se detiene por ella (12 CFR 1024.41(c)(1), 1024.41(g)). Llame ya al administrador y a un consejero de vivienda.`,
        "appeal-90": (day) =>
          `Una solicitud completa que llegue después del ${day} (fecha estimada), menos de 90 días antes de la venta, no tiene derecho de apelación, y una oferta puede darle solo 7 días para aceptar (12 CFR 1024.41(h)(1), 1024.41(e)(1)).`,
        "foreclosure-error-7": (day) =>
          `Un aviso que llegue después del ${day} (fecha estimada), 7 días o menos antes de la venta, no recibe confirmación por escrito ni tiene plazo: el administrador solo tiene que hacer un esfuerzo de buena fe, por teléfono o por escrito, para corregir el error o explicar por qué no lo hay (12 CFR 1024.35(f)(2)). Llame también a su administrador.`,
      },
    },
  },
};

export default es;
