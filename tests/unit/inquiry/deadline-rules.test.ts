// One test per sentence of the law a deadline rule relies on. Each test is named by its citation
// and the sentence quoted from the regulation's text (Reg X from the CFPB's regulations-xml, Reg Z
// and the US Code from their official text); its vectors come from that sentence's own terms.
import "../../../src/inquiry/i18n/all.ts";
import assert from "node:assert/strict";
import { type DeadlineRuleId, deadlineRules } from "../../../src/inquiry/deadline-rules.ts";
import { catalog } from "../../../src/inquiry/catalog.ts";
import { describeDeadline, describeSaleThresholds } from "../../../src/inquiry/deadline-text.ts";
import {
  type Deadline,
  deadlineFor,
  deadlinesFor,
  saleThresholdsFor,
} from "../../../src/inquiry/deadlines.ts";
import { messageWords as words } from "../../../src/inquiry/i18n/message/index.ts";
import { describeRule } from "../../../src/inquiry/rule-text.ts";

function law(citation: string, sentence: string, fn: () => void) {
  Deno.test(`${citation}: "${sentence}"`, fn);
}

const dues = (list: Deadline[]) => list.map((d) => [d.ruleId, d.dueDate]);

law(
  "12 CFR 1024.35(d)",
  "Within five days (excluding legal public holidays, Saturdays, and Sundays) of a servicer receiving a notice of error from a borrower, the servicer shall provide to the borrower a written response acknowledging receipt of the notice of error.",
  () => {
    const rule = deadlineRules.acknowledgement;
    assert.equal(rule.days, 5);
    assert.equal(rule.counting, "excluding-weekends-and-holidays");
    // Received the day before Thanksgiving 2026: Thursday is a holiday, then a weekend.
    const [ack] = deadlinesFor("notice-of-error", "other-error", "2026-11-25");
    assert.deepEqual([ack.ruleId, ack.dueDate], ["acknowledgement", "2026-12-03"]);
    // A notice of error's clock cites the notice-of-error rule alone.
    assert.equal(ack.citation, "12 CFR 1024.35(d)");
  },
);

law(
  "12 CFR 1024.36(c)",
  "Within five days (excluding legal public holidays, Saturdays, and Sundays) of a servicer receiving an information request from a borrower, the servicer shall provide to the borrower a written response acknowledging receipt of the information request.",
  () => {
    const [ack] = deadlinesFor("request-for-information", "other-information", "2026-11-25");
    assert.deepEqual([ack.ruleId, ack.dueDate], ["acknowledgement", "2026-12-03"]);
    assert.equal(ack.citation, "12 CFR 1024.36(c)");
  },
);

law(
  "12 CFR 1024.35(e)(3)(i)(A)",
  "Not later than seven days (excluding legal public holidays, Saturdays, and Sundays) after the servicer receives the notice of error for errors asserted under paragraph (b)(6) of this section.",
  () => {
    // Received Monday 2026-12-21: Christmas Day and the weekend are skipped.
    assert.deepEqual(dues(deadlinesFor("notice-of-error", "payoff-balance", "2026-12-21")), [
      ["acknowledgement", "2026-12-29"],
      ["notice-of-error-payoff", "2026-12-31"],
    ]);
  },
);

law(
  "12 CFR 1024.35(e)(3)(i)(B)",
  "Prior to the date of a foreclosure sale or within 30 days (excluding legal public holidays, Saturdays, and Sundays) after the servicer receives the notice of error, whichever is earlier, for errors asserted under paragraphs (b)(9) and (10) of this section.",
  () => {
    for (const topic of ["foreclosure-filing", "foreclosure-sale"]) {
      const soon = deadlinesFor("notice-of-error", topic, "2026-11-27", { saleDate: "2026-12-10" });
      assert.deepEqual(soon[1].ruleId, "notice-of-error-foreclosure");
      assert.equal(soon[1].dueDate, "2026-12-09", "the day before the sale");
      assert.equal(soon[1].beforeSale, true);
      // A sale on the 30th business day itself: the answer is still due before it.
      const onDay30 = deadlinesFor("notice-of-error", topic, "2026-11-27", {
        saleDate: "2027-01-12",
      });
      assert.equal(onDay30[1].dueDate, "2027-01-11");
      const later = deadlinesFor("notice-of-error", topic, "2026-11-27", {
        saleDate: "2027-03-01",
      });
      assert.equal(later[1].dueDate, "2027-01-12", "30 business days come first");
      assert.equal(later[1].beforeSale, false);
      const noSale = deadlinesFor("notice-of-error", topic, "2026-11-27");
      assert.equal(noSale[1].dueDate, "2027-01-12");
      // With no sale date, or a later one, the line still says a sale would come first.
      for (const d of [noSale[1], later[1]]) {
        assert.match(
          describeDeadline(d, "en").line,
          /^By January 12, 2027 \(estimated, 30 business days, or before the foreclosure sale if that is earlier\): /,
        );
        assert.match(
          describeDeadline(d, "es").line,
          /^A más tardar el 12 de enero de 2027 \(fecha estimada, 30 días hábiles, o antes de la venta por ejecución hipotecaria si esta llega primero\): /,
        );
      }
    }
    // Rules no sale can cut short never mention one.
    const [, other] = deadlinesFor("notice-of-error", "other-error", "2026-11-27");
    assert.doesNotMatch(describeDeadline(other, "en").line, /sale/);
  },
);

law(
  "12 CFR 1024.35(e)(3)(i)(C)",
  "For all other asserted errors, not later than 30 days (excluding legal public holidays, Saturdays, and Sundays) after the servicer receives the applicable notice of error.",
  () => {
    assert.deepEqual(dues(deadlinesFor("notice-of-error", "unreasonable-fee", "2026-11-27")), [
      ["acknowledgement", "2026-12-04"],
      ["notice-of-error", "2027-01-12"],
    ]);
  },
);

law(
  "12 CFR 1024.35(e)(3)(ii)",
  "For asserted errors governed by the time limit set forth in paragraph (e)(3)(i)(C) of this section, a servicer may extend the time period for responding by an additional 15 days (excluding legal public holidays, Saturdays, and Sundays) if, before the end of the 30-day period, the servicer notifies the borrower of the extension and the reasons for the extension in writing.",
  () => {
    const rule = deadlineRules["notice-of-error"];
    assert.ok(rule.extension);
    assert.equal(rule.extension.days, 15);
    const [, answer] = deadlinesFor("notice-of-error", "unreasonable-fee", "2026-11-27");
    assert.equal(answer.extension?.dueDate, "2027-02-03");
    assert.match(describeDeadline(answer, "en").extension!, /in writing, with its reasons, before/);
    assert.match(describeDeadline(answer, "es").extension!, /por escrito, con sus razones, antes/);
  },
);

law(
  "12 CFR 1024.35(e)(3)(ii)",
  "A servicer may not extend the time period for responding to errors asserted under paragraph (b)(6), (9), or (10) of this section.",
  () => {
    const sales = [undefined, "2026-12-10", "2027-03-01"];
    for (const topic of ["payoff-balance", "foreclosure-filing", "foreclosure-sale"]) {
      for (const saleDate of sales) {
        const answer = deadlinesFor("notice-of-error", topic, "2026-11-27", { saleDate })[1];
        assert.equal(answer.extension, undefined, `${topic} with sale ${saleDate}`);
        assert.equal(answer.noExtensionCitation, "12 CFR 1024.35(e)(3)(ii)");
        assert.equal(
          describeDeadline(answer, "en").extension,
          "No extension is allowed (12 CFR 1024.35(e)(3)(ii)).",
        );
        assert.equal(
          describeDeadline(answer, "es").extension,
          "No se permite prórroga (12 CFR 1024.35(e)(3)(ii)).",
        );
      }
    }
  },
);

law(
  "12 CFR 1024.35(e)(4)",
  "A servicer shall provide to the borrower, at no charge, copies of documents and information relied upon by the servicer in making its determination that no error occurred within 15 days (excluding legal public holidays, Saturdays, and Sundays) of receiving the borrower's request for such documents.",
  () => {
    assert.equal(deadlineFor("documents-relied-on", "2026-11-27").dueDate, "2026-12-18");
    assert.match(words("en").deadlines.what["documents-relied-on"], /free of charge/);
  },
);

law(
  "12 CFR 1024.35(i)(1)",
  "After receipt of a notice of error, a servicer may not, for 60 days, furnish adverse information to any consumer reporting agency regarding any payment that is the subject of the notice of error.",
  () => {
    for (const topic of ["refused-payment", "misapplied-payment", "payment-not-credited"]) {
      const protection = deadlinesFor("notice-of-error", topic, "2026-11-27").at(-1)!;
      assert.deepEqual(
        [protection.ruleId, protection.kind, protection.dueDate, protection.counting],
        ["credit-reporting-protection", "protection", "2027-01-26", "calendar"],
      );
      assert.match(
        describeDeadline(protection, "en").line,
        /^Until January 26, 2027 \(estimated, 60 calendar days\)/,
      );
    }
    // Not a payment dispute, and never after a request for information.
    const ids = (category: "notice-of-error" | "request-for-information", topic: string) =>
      deadlinesFor(category, topic, "2026-11-27").map((d) => d.ruleId);
    assert.ok(!ids("notice-of-error", "escrow-not-paid").includes("credit-reporting-protection"));
    assert.ok(
      !ids("request-for-information", "servicing-records").includes("credit-reporting-protection"),
    );
  },
);

law(
  "12 CFR 1024.36(d)(2)(i)(A)",
  "Not later than 10 days (excluding legal public holidays, Saturdays, and Sundays) after the servicer receives an information request for the identity of, and address or other relevant contact information for, the owner or assignee of a mortgage loan",
  () => {
    assert.deepEqual(dues(deadlinesFor("request-for-information", "loan-owner", "2026-11-27")), [
      ["acknowledgement", "2026-12-04"],
      ["loan-owner", "2026-12-11"],
    ]);
  },
);

law(
  "12 CFR 1024.36(d)(2)(i)(B)",
  "For all other requests for information, not later than 30 days (excluding legal public holidays, Saturdays, and Sundays) after the servicer receives the information request.",
  () => {
    const answer = deadlinesFor("request-for-information", "servicing-records", "2026-11-27")[1];
    assert.deepEqual([answer.ruleId, answer.dueDate], ["other-information", "2027-01-12"]);
  },
);

law(
  "12 CFR 1024.36(d)(2)(ii)",
  "A servicer may not extend the time period for requests for information governed by paragraph (d)(2)(i)(A) of this section.",
  () => {
    const owner = deadlinesFor("request-for-information", "loan-owner", "2026-11-27")[1];
    assert.equal(owner.extension, undefined);
    assert.equal(owner.noExtensionCitation, "12 CFR 1024.36(d)(2)(ii)");
    const other = deadlinesFor("request-for-information", "other-information", "2026-11-27")[1];
    assert.deepEqual(other.extension, {
      days: 15,
      dueDate: "2027-02-03",
      citation: "12 CFR 1024.36(d)(2)(ii)",
    });
  },
);

law(
  "12 CFR 1024.36(i)(1)",
  "With respect to the written request, a servicer shall treat the potential successor in interest as a borrower for purposes of the requirements of paragraphs (c) through (g) of this section.",
  () => {
    assert.deepEqual(
      dues(deadlinesFor("request-for-information", "successor-in-interest", "2026-11-27")),
      [["acknowledgement", "2026-12-04"], ["other-information", "2027-01-12"]],
    );
  },
);

law(
  "12 CFR 1026.36(c)(3)",
  "The statement shall be sent within a reasonable time, but in no case more than seven business days, after receiving a written request from the consumer or any person acting on behalf of the consumer.",
  () => {
    const [payoff] = deadlinesFor("document-request", "payoff-statement", "2026-11-27");
    assert.deepEqual([payoff.ruleId, payoff.dueDate], ["payoff-statement", "2026-12-08"]);
    assert.equal(payoff.counting, "servicer-business-days");
    assert.deepEqual(payoff.scope, ["payoff-exceptions"]);
    assert.match(words("en").deadlines.scope["payoff-exceptions"], /reasonable time/);
  },
);

law(
  "12 CFR 1026.2(a)(6)",
  "Business day means a day on which the creditor's offices are open to the public for carrying on substantially all of its business functions.",
  () => {
    const payoff = deadlineFor("payoff-statement", "2026-11-27");
    const en = describeDeadline(payoff, "en").notes.join(" ");
    const es = describeDeadline(payoff, "es").notes.join(" ");
    // A Saturday or a federal holiday on which the servicer is open is one of its business days.
    assert.match(en, /open on a Saturday or a federal holiday, the real deadline may be earlier/);
    assert.match(en, /can include Saturdays and federal holidays \(12 CFR 1026\.2\(a\)\(6\)\)/);
    assert.match(es, /abre un sábado o un día feriado federal, el plazo real puede vencer antes/);
    // Reg X's own days get no such caveat.
    assert.doesNotMatch(
      describeDeadline(deadlineFor("loan-owner", "2026-11-27"), "en").notes.join(" "),
      /Saturdays/,
    );
  },
);

law(
  "12 CFR 1024.34(b)(1)",
  "within 20 days (excluding legal public holidays, Saturdays, and Sundays) of a borrower's payment of a mortgage loan in full, a servicer shall return to the borrower any amounts remaining in an escrow account that is within the servicer's control.",
  () => {
    const refund = deadlineFor("escrow-refund-after-payoff", "2026-12-15");
    // Christmas Day and New Year's Day are skipped.
    assert.equal(refund.dueDate, "2027-01-14");
    assert.equal(deadlineRules["escrow-refund-after-payoff"].startsAt, "payoff");
  },
);

law(
  "12 CFR 1024.34(b)(2)",
  "Notwithstanding paragraph (b)(1) of this section, if the borrower agrees, a servicer may credit any amounts remaining in an escrow account that is within the servicer's control to an escrow account for a new mortgage loan",
  () => {
    assert.deepEqual(deadlineRules["escrow-refund-after-payoff"].scope, ["escrow-to-new-loan"]);
    const notes = (lang: "en" | "es") =>
      describeDeadline(deadlineFor("escrow-refund-after-payoff", "2026-12-15"), lang).notes;
    assert.ok(notes("en").some((note) => /if you agree.*1024\.34\(b\)\(2\)/.test(note)));
    assert.ok(
      notes("es").some((note) => /si usted está de acuerdo.*1024\.34\(b\)\(2\)/.test(note)),
    );
  },
);

law(
  "12 CFR 1024.17(f)(2)(i)",
  "If an escrow account analysis discloses a surplus, the servicer shall, within 30 days from the date of the analysis, refund the surplus to the borrower if the surplus is greater than or equal to 50 dollars ($50).",
  () => {
    assert.equal(deadlineFor("escrow-surplus-refund", "2027-02-10").dueDate, "2027-03-12");
    assert.match(words("en").deadlines.what["escrow-surplus-refund"], /\$50 or more/);
    assert.match(words("es").deadlines.what["escrow-surplus-refund"], /\$50 o más/);
  },
);

law(
  "12 CFR 1024.17(f)(2)(ii)",
  "These provisions regarding surpluses apply if the borrower is current at the time of the escrow account analysis.",
  () => {
    assert.deepEqual(deadlineRules["escrow-surplus-refund"].scope, ["borrower-current"]);
  },
);

law(
  "12 CFR 1024.35(f)(2)",
  "A servicer is not required to comply with the requirements of paragraphs (d) and (e) of this section for errors asserted under paragraph (b)(9) or (10) of this section if the servicer receives the applicable notice of an error seven or fewer days before a foreclosure sale.",
  () => {
    for (const topic of ["foreclosure-filing", "foreclosure-sale"]) {
      // Received 7 days before the sale: no acknowledgment, no answer deadline.
      assert.deepEqual(
        deadlinesFor("notice-of-error", topic, "2026-11-26", { saleDate: "2026-12-03" }),
        [],
      );
      const [late] = saleThresholdsFor("notice-of-error", topic, "2026-11-26", "2026-12-03");
      assert.deepEqual(late, {
        id: "foreclosure-error-7",
        saleDate: "2026-12-03",
        lastDay: "2026-11-25",
        met: false,
      });
      // Received 8 days before: both clocks run, the answer due the day before the sale.
      assert.deepEqual(
        dues(deadlinesFor("notice-of-error", topic, "2026-11-25", { saleDate: "2026-12-03" })),
        [["acknowledgement", "2026-12-03"], ["notice-of-error-foreclosure", "2026-12-02"]],
      );
      const [inTime] = saleThresholdsFor("notice-of-error", topic, "2026-11-25", "2026-12-03");
      assert.equal(inTime.met, true);
      const said = (lang: "en" | "es") => describeSaleThresholds([late], lang).join(" ");
      assert.match(said("en"), /7 days or fewer.*good-faith attempt.*1024\.35\(f\)\(2\)/);
      assert.match(said("es"), /7 días o menos.*buena fe.*1024\.35\(f\)\(2\)/);
    }
    // Other errors have no such cut-off.
    assert.equal(
      deadlinesFor("notice-of-error", "other-error", "2026-11-26", { saleDate: "2026-12-03" })
        .length,
      2,
    );
    const [, answer] = deadlinesFor("notice-of-error", "foreclosure-sale", "2026-11-25");
    assert.match(describeDeadline(answer, "en").notes.join(" "), /7 days or fewer.*good-faith/);
    assert.match(describeDeadline(answer, "es").notes.join(" "), /7 días o menos.*buena fe/);
  },
);

law(
  "12 CFR 1024.17(i)(2)",
  "If at the time the servicer conducts the escrow account analysis the borrower is more than 30 days overdue, then the servicer is exempt from the requirements of submitting an annual escrow account statement to the borrower under § 1024.17(i).",
  () => {
    const statement = deadlineFor("escrow-annual-statement", "2026-12-31");
    assert.deepEqual(statement.scope, ["statement-not-in-default"]);
    assert.match(describeDeadline(statement, "en").notes.join(" "), /more than 30 days behind/);
    assert.match(describeDeadline(statement, "es").notes.join(" "), /más de 30 días de atraso/);
  },
);

law(
  "12 CFR 1024.17(i)",
  "For each escrow account, a servicer shall submit an annual escrow account statement to the borrower within 30 days of the completion of the escrow account computation year.",
  () => {
    assert.equal(deadlineFor("escrow-annual-statement", "2026-12-31").dueDate, "2027-01-30");
    assert.equal(deadlineRules["escrow-annual-statement"].startsAt, "escrow-year-end");
  },
);

law(
  "12 CFR 1024.41(b)(2)(i)",
  "If a servicer receives a loss mitigation application 45 days or more before a foreclosure sale, a servicer shall:",
  () => {
    const ack = (saleDate?: string) =>
      deadlinesFor("hardship", "loan-modification", "2026-11-27", { saleDate }).map((d) =>
        d.ruleId
      );
    assert.deepEqual(ack(), ["loss-mitigation-acknowledgement"], "no sale scheduled");
    assert.deepEqual(ack("2027-01-11"), ["loss-mitigation-acknowledgement"], "45 days before");
    assert.deepEqual(ack("2027-01-10"), [], "44 days before: no acknowledgment duty");
    const [missed] = saleThresholdsFor("hardship", "loan-modification", "2026-11-27", "2027-01-10");
    assert.deepEqual(missed, {
      id: "acknowledgement-45",
      saleDate: "2027-01-10",
      lastDay: "2026-11-26",
      met: false,
    });
    assert.match(
      describeSaleThresholds([missed], "en")[1],
      /does not have to acknowledge it within 5 business days/,
    );
  },
);

law(
  "12 CFR 1024.41(b)(2)(i), comment 41(b)(2)(i)-1",
  "if no foreclosure sale has been scheduled as of the date a servicer receives a loss mitigation application, the servicer must treat the application as having been received 45 days or more before any foreclosure sale.",
  () => {
    const [ack] = deadlinesFor("hardship", "loan-modification", "2026-11-27");
    assert.equal(ack.ruleId, "loss-mitigation-acknowledgement");
    const notes = (lang: "en" | "es") => describeDeadline(ack, lang).notes.join(" ");
    assert.match(notes("en"), /while no sale is scheduled/);
    assert.match(notes("es"), /mientras no haya una venta programada/);
  },
);

law(
  "12 CFR 1024.41(b)(2)(i)(B)",
  "Notify the borrower in writing within 5 days (excluding legal public holidays, Saturdays, and Sundays) after receiving the loss mitigation application that the servicer acknowledges receipt of the loss mitigation application and that the servicer has determined that the loss mitigation application is either complete or incomplete.",
  () => {
    const [ack] = deadlinesFor("hardship", "foreclosure-sale-scheduled", "2026-11-25", {
      saleDate: "2027-03-01",
    });
    assert.deepEqual([ack.ruleId, ack.dueDate], ["loss-mitigation-acknowledgement", "2026-12-03"]);
  },
);

law(
  "12 CFR 1024.41(b)(3)",
  "For purposes of this section, timelines based on the proximity of a foreclosure sale to the receipt of a complete loss mitigation application will be determined as of the date a complete loss mitigation application is received.",
  () => {
    const thresholds = saleThresholdsFor("hardship", "other-hardship", "2026-11-27", "2027-03-01");
    assert.deepEqual(thresholds, []);
    assert.deepEqual(
      saleThresholdsFor("hardship", "after-forbearance", "2026-11-27", "2027-03-01").map((t) => [
        t.id,
        t.lastDay,
        t.met,
      ]),
      [
        ["acknowledgement-45", "2027-01-15", true],
        ["decision-37", "2027-01-22", true],
        ["appeal-90", "2026-12-01", true],
      ],
    );
    assert.deepEqual(
      saleThresholdsFor("hardship", "loan-modification", "2026-11-27", undefined),
      [],
    );
  },
);

law(
  "12 CFR 1024.41(c)(1)",
  "if a servicer receives a complete loss mitigation application more than 37 days before a foreclosure sale, then, within 30 days of receiving the complete loss mitigation application, a servicer shall:",
  () => {
    const rule = deadlineRules["loss-mitigation-decision"];
    assert.equal(rule.startsAt, "complete-application-received");
    assert.equal(rule.counting, "calendar");
    assert.equal(deadlineFor("loss-mitigation-decision", "2026-11-27").dueDate, "2026-12-27");
    const decision = (sale: string) =>
      saleThresholdsFor("hardship", "loan-modification", "2026-11-27", sale)[1];
    assert.equal(decision("2027-01-04").met, true, "38 days before the sale");
    assert.equal(decision("2027-01-03").met, false, "exactly 37 days before the sale");
    assert.doesNotMatch(words("en").deadlines.period.calendar.other, /business/);
  },
);

law(
  "12 CFR 1024.41(e)(1)",
  "If a complete loss mitigation application is received less than 90 days before a foreclosure sale, but more than 37 days before a foreclosure sale, a servicer may require that a borrower accept or reject an offer of a loss mitigation option no earlier than 7 days after the servicer provides the offer of a loss mitigation option to the borrower.",
  () => {
    const appeal = (sale: string) =>
      saleThresholdsFor("hardship", "loan-modification", "2026-11-27", sale)[2];
    assert.equal(appeal("2027-02-25").met, true, "90 days before the sale");
    assert.equal(appeal("2027-02-24").met, false, "89 days before the sale");
    assert.match(
      describeSaleThresholds([appeal("2027-02-24")], "en")[1],
      /as few as 7 days to accept/,
    );
  },
);

law(
  "12 CFR 1024.41(h)(1)",
  "If a servicer receives a complete loss mitigation application 90 days or more before a foreclosure sale or during the period set forth in paragraph (f) of this section, a servicer shall permit a borrower to appeal the servicer's determination to deny a borrower's loss mitigation application for any trial or permanent loan modification program available to the borrower.",
  () => {
    const [, , appeal] = saleThresholdsFor(
      "hardship",
      "loan-modification",
      "2026-11-27",
      "2027-02-25",
    );
    assert.match(describeSaleThresholds([appeal], "en")[1], /right to appeal/);
    assert.match(describeSaleThresholds([appeal], "es")[1], /derecho a apelar/);
    // The appeal's own clock says when there is an appeal at all, wherever it is shown.
    assert.ok(
      deadlineRules["loss-mitigation-appeal-decision"].scope.includes(
        "complete-90-days-before-sale",
      ),
    );
    const scope = (lang: "en" | "es") =>
      describeDeadline(deadlineFor("loss-mitigation-appeal-decision", "2027-01-15"), lang).notes;
    assert.ok(scope("en").some((note) => /90 days or more.*1024\.41\(h\)\(1\)/.test(note)));
    assert.ok(scope("es").some((note) => /90 días o más.*1024\.41\(h\)\(1\)/.test(note)));
  },
);

law(
  "12 CFR 1024.41(h)(4)",
  "Within 30 days of a borrower making an appeal, the servicer shall provide a notice to the borrower stating the servicer's determination of whether the servicer will offer the borrower a loss mitigation option based upon the appeal",
  () => {
    assert.equal(
      deadlineFor("loss-mitigation-appeal-decision", "2027-01-15").dueDate,
      "2027-02-14",
    );
    assert.equal(deadlineRules["loss-mitigation-appeal-decision"].startsAt, "appeal-made");
  },
);

law(
  "12 CFR 1024.30(c)(2)",
  "The procedures set forth in §§ 1024.39 through 1024.41 of this subpart only apply to a mortgage loan that is secured by a property that is a borrower's principal residence.",
  () => {
    for (const id of Object.keys(deadlineRules) as DeadlineRuleId[]) {
      const isLossMitigation = deadlineRules[id].citation.includes("1024.41");
      assert.equal(deadlineRules[id].scope.includes("principal-residence"), isLossMitigation, id);
    }
    const [ack] = deadlinesFor("hardship", "loan-modification", "2026-11-27");
    assert.ok(describeDeadline(ack, "en").notes.some((line) => /main home/.test(line)));
    assert.ok(describeDeadline(ack, "es").notes.some((line) => /vivienda principal/.test(line)));
  },
);

law(
  "12 CFR 1024.30(b)(1)",
  "A servicer that qualifies as a small servicer pursuant to 12 CFR 1026.41(e)(4);",
  () => {
    for (const id of Object.keys(deadlineRules) as DeadlineRuleId[]) {
      const isLossMitigation = deadlineRules[id].citation.includes("1024.41");
      assert.equal(deadlineRules[id].scope.includes("not-small-servicers"), isLossMitigation, id);
    }
  },
);

law(
  "12 CFR 1024.41(j)",
  "A small servicer shall not make the first notice or filing required by applicable law for any judicial or non-judicial foreclosure process and shall not move for foreclosure judgment or order of sale, or conduct a foreclosure sale, if a borrower is performing pursuant to the terms of an agreement on a loss mitigation option.",
  () => {
    for (const lang of ["en", "es"] as const) {
      const text = words(lang).deadlines.scope["not-small-servicers"];
      assert.match(text, /120/);
      assert.match(text, /12 CFR 1024\.41\(j\)/);
    }
  },
);

law(
  "12 CFR 1024.33(b)(3)(i)",
  "The transferee servicer shall provide the notice of transfer to the borrower not more than 15 days after the effective date of the transfer.",
  () => {
    assert.equal(deadlineFor("transfer-notice-new-servicer", "2027-03-01").dueDate, "2027-03-16");
  },
);

law(
  "12 CFR 1024.33(b)(3)(ii)",
  "The notice of transfer shall be provided to the borrower by the transferor servicer or the transferee servicer not more than 30 days after the effective date of the transfer of the servicing of the mortgage loan in any case in which the transfer of servicing is preceded by: (A) Termination of the contract for servicing the loan for cause;",
  () => {
    const box = (lang: "en" | "es") => describeRule("transfer-notice-new-servicer", lang).scope;
    assert.match(box("en"), /up to 30 days after the transfer .*1024\.33\(b\)\(3\)\(ii\)/);
    assert.match(box("es"), /hasta 30 días después de la transferencia .*1024\.33\(b\)\(3\)\(ii\)/);
    // Only the guide box says it: no topic's message counts this clock, so none leaves it out.
    for (const category of Object.values(catalog)) {
      for (const topic of category.topics) {
        assert.ok(!topic.deadlines.includes("transfer-notice-new-servicer"));
      }
    }
  },
);

law(
  "12 CFR 1024.33(b)(3)(iii)",
  "Notices of transfer provided at settlement by the transferor servicer and transferee servicer, whether as separate notices or as a combined notice, satisfy the timing requirements of paragraph (b)(3) of this section.",
  () => {
    const box = (lang: "en" | "es") => describeRule("transfer-notice-new-servicer", lang).scope;
    assert.match(box("en"), /closing is on time \(12 CFR 1024\.33\(b\)\(3\)\(iii\)\)/);
    assert.match(
      box("es"),
      /cierre de su préstamo llega a tiempo \(12 CFR 1024\.33\(b\)\(3\)\(iii\)\)/,
    );
  },
);

law(
  "12 CFR 1024.33(c)(1)",
  "During the 60-day period beginning on the effective date of transfer of the servicing of any mortgage loan, if the transferor servicer (rather than the transferee servicer that should properly receive payment on the loan) receives payment on or before the applicable due date (including any grace period allowed under the mortgage loan instruments), a payment may not be treated as late for any purpose.",
  () => {
    const grace = deadlineFor("transfer-payment-grace", "2027-03-01");
    // The effective date is day 1 of the 60.
    assert.deepEqual([grace.kind, grace.dueDate], ["protection", "2027-04-29"]);
    // What counts is when the old servicer receives the payment, not when it was sent.
    assert.match(describeDeadline(grace, "en").line, /old servicer received it by the due date/);
    assert.match(describeDeadline(grace, "es").line, /administrador anterior recibió/);
  },
);

law(
  "12 U.S.C. 4902(f)(1)",
  "Not later than 45 days after the termination or cancellation of a private mortgage insurance requirement under this section, all unearned premiums for private mortgage insurance shall be returned to the mortgagor by the servicer.",
  () => {
    assert.equal(deadlineFor("pmi-premium-refund", "2027-01-15").dueDate, "2027-03-01");
    assert.deepEqual(deadlineRules["pmi-premium-refund"].scope, ["private-mortgage-insurance"]);
  },
);

Deno.test("every rule: citation, start, extension stated; calendar rules never say business days", () => {
  for (const id of Object.keys(deadlineRules) as DeadlineRuleId[]) {
    const rule = deadlineRules[id];
    assert.match(rule.citation, /^(12 CFR|12 U\.S\.C\.) \d/, id);
    assert.ok(rule.extension === false || rule.extension.days > 0, id);
    for (const lang of ["en", "es"] as const) {
      const words = describeDeadline(deadlineFor(id, "2026-11-27"), lang);
      const text = [words.line, words.extension, ...words.notes].join(" ");
      assert.match(text, lang === "en" ? /estimated/ : /estimada/, `${id} ${lang}`);
      if (rule.counting === "calendar") {
        assert.doesNotMatch(text, /business days|días hábiles/, `${id} ${lang}`);
        assert.match(text, /calendar days|días calendario/, `${id} ${lang}`);
      }
      assert.doesNotMatch(text, /naturales/);
    }
  }
});
