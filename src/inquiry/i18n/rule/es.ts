import type { RuleDictionary } from "./en.ts";

export const ruleEs: RuleDictionary = {
  rule: {
    deadline: (period, what) => `Dentro de ${period}, su administrador debe ${what}.`,
    protection: (period, what) => `Durante ${period}, su administrador debe ${what}.`,
  },
  beforeSale: {
    period: (period) => `antes de la fecha de la venta o ${period}, lo que ocurra primero`,
    rule: (period, what) =>
      `Antes de la fecha de la venta por ejecución hipotecaria o dentro de ${period}, lo que ocurra primero, su administrador debe ${what}.`,
  },
  extension: (v) =>
    `Puede tomar hasta ${v.more} solo si se lo informa por escrito, con sus razones, antes del primer plazo (${v.citation}).`,
  startsAt: {
    "request-received": "El plazo empieza cuando el administrador recibe su solicitud por escrito.",
    "application-received":
      "El plazo empieza cuando el administrador recibe su solicitud de ayuda.",
    "complete-application-received":
      "El plazo empieza cuando el administrador tiene su solicitud completa, no sus primeros documentos.",
    "appeal-made": "El plazo empieza cuando usted presenta su apelación.",
    "transfer-effective": "El plazo empieza en la fecha en que la transferencia entra en vigor.",
    "pmi-termination": "El plazo empieza cuando termina su seguro hipotecario privado.",
    payoff: "El plazo empieza cuando se liquida su préstamo.",
    "escrow-analysis": "El plazo empieza en la fecha del análisis de escrow.",
    "escrow-year-end": "El plazo empieza cuando termina su año de escrow.",
  },
  estimate: "Cualquier fecha calculada con esta regla es estimada.",
  boxOnly: {
    "transfer-notice-new-servicer":
      "El aviso puede llegar hasta 30 días después de la transferencia si antes se terminó el contrato del administrador anterior por causa justificada, este entró en bancarrota, o la FDIC o la NCUA iniciaron trámites para tomar el control de él o de una compañía que lo controla (12 CFR 1024.33(b)(3)(ii)). Un aviso que le entreguen en el cierre de su préstamo llega a tiempo (12 CFR 1024.33(b)(3)(iii)).",
  },
};

export default ruleEs;
