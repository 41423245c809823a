import { expect, type Page, test } from "@playwright/test";
import { perQuery, setupTime, timeFor } from "./timeouts.ts";

// Queries phrased the way borrowers ask, each with the guide(s) that answer it.
// Tune the index (titles, headings, weights, meta), never these queries.
const queries: { lang: "en" | "es"; q: string; expect: string[] }[] = [
  { lang: "en", q: "when do I get my 1098", expect: ["form-1098"] },
  {
    lang: "en",
    q: "why did my payment go up",
    expect: ["escrow-analysis", "how-escrow-works", "adjustable-rate-changes"],
  },
  { lang: "en", q: "how much to pay off my loan", expect: ["payoff-statement"] },
  { lang: "en", q: "late fee but I paid on time", expect: ["late-fees"] },
  { lang: "en", q: "my payment has not posted", expect: ["payment-not-posted"] },
  { lang: "en", q: "what is my loan balance", expect: ["check-your-balance"] },
  { lang: "en", q: "escrow shortage", expect: ["escrow-analysis"] },
  { lang: "en", q: "escrow refund after paying off my mortgage", expect: ["escrow-after-payoff"] },
  { lang: "en", q: "my adjustable rate went up", expect: ["adjustable-rate-changes"] },
  {
    lang: "en",
    q: "how is my payment split between principal and interest",
    expect: ["how-payments-are-applied"],
  },
  { lang: "en", q: "I sent less than the full payment", expect: ["partial-payments-and-suspense"] },
  { lang: "en", q: "suspense account", expect: ["partial-payments-and-suspense"] },
  { lang: "en", q: "can't afford my mortgage", expect: ["hardship-help"] },
  { lang: "en", q: "foreclosure sale next week", expect: ["hardship-help"] },
  { lang: "en", q: "loan modification", expect: ["hardship-help"] },
  { lang: "en", q: "take over my parents mortgage", expect: ["loan-assumption"] },
  { lang: "en", q: "copies of old letters", expect: ["copies-of-records"] },
  { lang: "en", q: "dispute a mistake on my account", expect: ["notice-of-error"] },
  { lang: "en", q: "who owns my loan", expect: ["request-for-information"] },
  { lang: "en", q: "file a complaint with the CFPB", expect: ["escalation"] },
  { lang: "en", q: "how long does my servicer have to respond", expect: ["response-times"] },
  { lang: "en", q: "keep a record of phone calls", expect: ["keeping-records"] },
  {
    lang: "en",
    q: "can I email my social security number",
    expect: ["protecting-your-information"],
  },
  {
    lang: "en",
    q: "suspicious email asking for bank details",
    expect: ["protecting-your-information"],
  },
  { lang: "en", q: "help in Spanish", expect: ["accessibility-and-language-help"] },
  {
    lang: "en",
    q: "subject line for an email to my servicer",
    expect: ["writing-an-effective-email"],
  },
  { lang: "en", q: "list of my past payments", expect: ["payment-history"] },
  { lang: "en", q: "mortgage interest tax form", expect: ["form-1098"] },
  { lang: "en", q: "force placed insurance", expect: ["how-escrow-works"] },
  { lang: "en", q: "speak to a supervisor", expect: ["escalation"] },
  { lang: "en", q: "payoff amount is wrong", expect: ["payoff-statement", "notice-of-error"] },
  { lang: "es", q: "¿dónde está mi 1098?", expect: ["form-1098"] },
  {
    lang: "es",
    q: "por qué subió mi pago",
    expect: ["escrow-analysis", "how-escrow-works", "adjustable-rate-changes"],
  },
  { lang: "es", q: "cuánto debo para liquidar mi préstamo", expect: ["payoff-statement"] },
  { lang: "es", q: "cargo por pago atrasado", expect: ["late-fees"] },
  { lang: "es", q: "no puedo pagar mi hipoteca", expect: ["hardship-help"] },
  { lang: "es", q: "aviso de error", expect: ["notice-of-error"] },
  { lang: "es", q: "quién es el dueño de mi préstamo", expect: ["request-for-information"] },
  { lang: "es", q: "poner una queja", expect: ["escalation"] },
  { lang: "es", q: "mi pago no aparece", expect: ["payment-not-posted"] },
  { lang: "es", q: "devolución del escrow al pagar la hipoteca", expect: ["escrow-after-payoff"] },
  // Guides: credit-report-late-payment, death-or-divorce, insurance-claim-checks, autopay-and-ways-to-pay
  { lang: "en", q: "late payment on my credit report", expect: ["credit-report-late-payment"] },
  { lang: "en", q: "dispute with the credit bureau", expect: ["credit-report-late-payment"] },
  { lang: "en", q: "my spouse died", expect: ["death-or-divorce"] },
  { lang: "en", q: "successor in interest", expect: ["death-or-divorce"] },
  { lang: "en", q: "I got the house in the divorce", expect: ["death-or-divorce"] },
  { lang: "en", q: "insurance check for roof damage", expect: ["insurance-claim-checks"] },
  { lang: "en", q: "mortgage company name on insurance check", expect: ["insurance-claim-checks"] },
  { lang: "en", q: "how do I stop autopay", expect: ["autopay-and-ways-to-pay"] },
  { lang: "en", q: "payment taken out twice", expect: ["autopay-and-ways-to-pay"] },
  { lang: "en", q: "biweekly payments", expect: ["autopay-and-ways-to-pay"] },
  {
    lang: "es",
    q: "pago atrasado en mi informe de crédito",
    expect: ["credit-report-late-payment"],
  },
  { lang: "es", q: "murió mi esposo, ¿qué pasa con la hipoteca?", expect: ["death-or-divorce"] },
  { lang: "es", q: "cheque del seguro", expect: ["insurance-claim-checks"] },
  { lang: "es", q: "cancelar el pago automático", expect: ["autopay-and-ways-to-pay"] },
  // lien-release, escrow-changes, servicemembers-and-disasters
  {
    lang: "en",
    q: "paid off my mortgage but the lien is still on my house",
    expect: ["lien-release"],
  },
  { lang: "en", q: "deed of reconveyance", expect: ["lien-release"] },
  { lang: "en", q: "paid in full letter", expect: ["lien-release"] },
  { lang: "en", q: "supplemental property tax bill", expect: ["escrow-changes"] },
  { lang: "en", q: "my home insurance was not renewed", expect: ["escrow-changes"] },
  { lang: "en", q: "cancel my escrow account", expect: ["escrow-changes"] },
  {
    lang: "en",
    q: "military orders lower my interest rate",
    expect: ["servicemembers-and-disasters"],
  },
  { lang: "en", q: "hurricane damaged my home", expect: ["servicemembers-and-disasters"] },
  { lang: "es", q: "liberación del gravamen", expect: ["lien-release"] },
  { lang: "es", q: "quitar el escrow de mi préstamo", expect: ["escrow-changes"] },
  { lang: "es", q: "militar en servicio activo", expect: ["servicemembers-and-disasters"] },
  { lang: "es", q: "desastre natural y mi hipoteca", expect: ["servicemembers-and-disasters"] },
  // servicing-transfer, after-forbearance, foreclosure-process, removing-pmi
  { lang: "en", q: "my loan was sold to a new company", expect: ["servicing-transfer"] },
  { lang: "en", q: "paid my old servicer after the transfer", expect: ["servicing-transfer"] },
  { lang: "en", q: "my forbearance is ending", expect: ["after-forbearance"] },
  { lang: "en", q: "payment deferral after forbearance", expect: ["after-forbearance"] },
  { lang: "en", q: "trial period plan", expect: ["after-forbearance"] },
  { lang: "en", q: "notice of default letter", expect: ["foreclosure-process"] },
  { lang: "en", q: "foreclosure rescue scam", expect: ["foreclosure-process"] },
  { lang: "en", q: "remove PMI", expect: ["removing-pmi"] },
  { lang: "en", q: "cancel mortgage insurance at 80%", expect: ["removing-pmi"] },
  { lang: "es", q: "vendieron mi préstamo a otra compañía", expect: ["servicing-transfer"] },
  { lang: "es", q: "termina mi indulgencia", expect: ["after-forbearance"] },
  { lang: "es", q: "carta de ejecución hipotecaria", expect: ["foreclosure-process"] },
  { lang: "es", q: "quitar el PMI", expect: ["removing-pmi"] },
];

// One test per query, so that a miss names its query and a slow machine times out no query
// but a slow one. Each worker keeps one search page per language open and types query after query
// into it, as a borrower would; the search page's own ranking (src/search/client.ts) decides.
for (const lang of ["en", "es"] as const) {
  test.describe(`${lang} search`, () => {
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      test.setTimeout(setupTime);
      page = await browser.newPage();
      await page.goto(lang === "en" ? "/search/" : "/es/search/");
    });
    test.afterAll(() => page?.close());

    for (const { q, expect: slugs } of queries.filter((query) => query.lang === lang)) {
      test(`"${q}" has ${slugs.join(" or ")} in the top 3`, async () => {
        test.setTimeout(timeFor(1, perQuery));
        await page.locator("#search-page-input").fill(q);
        await page.locator("#search-page-input").press("Enter");
        await expect(page.locator("#search-status")).not.toHaveText(/^$|…/);
        const top3 = await page.locator("#search-results > li h2 a").evaluateAll((links) =>
          links.slice(0, 3).map((a) => a.getAttribute("href") ?? "")
        );
        const prefix = lang === "en" ? "/guides/" : "/es/guides/";
        const wanted = slugs.map((slug) => `${prefix}${slug}/`);
        expect(top3.filter((url) => wanted.includes(url)), `top 3: ${top3.join(", ")}`)
          .not.toEqual([]);
      });
    }
  });
}
