// The `<Deadline>` box states a rule without dates. Each test names the sentence of the law the box
// must not leave out (Reg X from the CFPB's regulations-xml, Reg Z from its Federal Register text).
import "../../../src/inquiry/i18n/all.ts";
import assert from "node:assert/strict";
import { type DeadlineRuleId, deadlineRules } from "../../../src/inquiry/deadline-rules.ts";
import { describeRule } from "../../../src/inquiry/rule-text.ts";

const box = (id: DeadlineRuleId, lang: "en" | "es") => {
  const r = describeRule(id, lang);
  return { ...r, all: [r.period, r.sentence, r.scope, r.note].join(" ") };
};

Deno.test('12 CFR 1024.35(e)(3)(i)(B): "Prior to the date of a foreclosure sale or within 30 days ..., whichever is earlier"', () => {
  const en = box("notice-of-error-foreclosure", "en");
  assert.equal(en.period, "before the sale date or 30 business days, whichever is earlier");
  assert.match(
    en.sentence,
    /^Before the date of the foreclosure sale or within 30 business days, whichever is earlier, your servicer must correct the foreclosure error/,
  );
  // Reg X's days, said the way the engine says them everywhere else.
  assert.match(en.sentence, /Business days do not count Saturdays, Sundays or federal holidays\./);
  const es = box("notice-of-error-foreclosure", "es");
  assert.equal(es.period, "antes de la fecha de la venta o 30 días hábiles, lo que ocurra primero");
  assert.match(
    es.sentence,
    /^Antes de la fecha de la venta por ejecución hipotecaria o dentro de 30 días hábiles, lo que ocurra primero, su administrador debe corregir/,
  );
  // Every rule the sale can cut short says so, in both languages; no other rule mentions a sale.
  for (const id of Object.keys(deadlineRules) as DeadlineRuleId[]) {
    const cut = deadlineRules[id].endsBeforeSale === true;
    assert.equal(/whichever is earlier/.test(box(id, "en").all), cut, id);
    assert.equal(/lo que ocurra primero/.test(box(id, "es").all), cut, id);
  }
});

Deno.test('12 CFR 1026.2(a)(6): "Business day means a day on which the creditor\'s offices are open to the public for carrying on substantially all of its business functions."', () => {
  // A Saturday, or a federal holiday, on which the servicer is open counts.
  const en = box("payoff-statement", "en").sentence;
  assert.match(en, /can include Saturdays and federal holidays \(12 CFR 1026\.2\(a\)\(6\)\)/);
  assert.match(en, /open on a Saturday or a federal holiday, the real deadline may be earlier/);
  const es = box("payoff-statement", "es").sentence;
  assert.match(
    es,
    /pueden incluir los sábados y los días feriados federales \(12 CFR 1026\.2\(a\)\(6\)\)/,
  );
  assert.match(es, /abre un sábado o un día feriado federal, el plazo real puede vencer antes/);
});

Deno.test('12 CFR 1026.36(c)(3): "because the loan is a reverse mortgage or shared appreciation mortgage"', () => {
  assert.match(box("payoff-statement", "es").scope, /hipoteca inversa/);
  assert.doesNotMatch(box("payoff-statement", "es").scope, /revertida/);
});

Deno.test('12 CFR 1024.33(b)(3)(ii), (iii): the 30-day cases and "Notice provided at settlement"', () => {
  const en = box("transfer-notice-new-servicer", "en");
  assert.equal(en.period, "15 calendar days");
  assert.match(en.scope, /up to 30 days after the transfer.*for cause.*bankruptcy.*FDIC.*NCUA/);
  assert.match(en.scope, /12 CFR 1024\.33\(b\)\(3\)\(ii\)/);
  assert.match(en.scope, /at your loan closing is on time \(12 CFR 1024\.33\(b\)\(3\)\(iii\)\)/);
  const es = box("transfer-notice-new-servicer", "es");
  assert.match(es.scope, /hasta 30 días después.*por causa justificada.*bancarrota.*FDIC.*NCUA/);
  assert.match(
    es.scope,
    /en el cierre de su préstamo llega a tiempo \(12 CFR 1024\.33\(b\)\(3\)\(iii\)\)/,
  );
  // The calendar-day rule still never says business days.
  assert.doesNotMatch(en.all, /business days/);
  assert.doesNotMatch(es.all, /días hábiles/);
});
