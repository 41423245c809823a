import assert from "node:assert/strict";
import { scanText, type SensitiveKind } from "../../../src/inquiry/guard.ts";

/** Each sample lists what a careful human reviewer would flag: [kind, exact text]. */
type Sample = [text: string, expected: [SensitiveKind, string][]];

const LOAN = "7001234567";

const positives: Sample[] = [
  ["My SSN is 123-45-6789.", [["ssn", "123-45-6789"]]],
  ["social security number 123 45 6789", [["ssn", "123 45 6789"]]],
  ["SSN: 123456789", [["ssn", "123456789"]]],
  ["Here is my social security 219099999 for verification", [[
    "ssn",
    "219099999",
  ]]],
  ["Mi número de seguro social es 523-12-4567", [["ssn", "523-12-4567"]]],
  ["seguro social 523124567", [["ssn", "523124567"]]],
  ["Tax ID 401-22-3344 on the 1098 is wrong", [["ssn", "401-22-3344"]]],
  ["123-45-6789 is my number", [["ssn", "123-45-6789"]]],
  ["Co-borrower SSN 078-05-1121, mine 234-56-7890", [["ssn", "078-05-1121"], [
    "ssn",
    "234-56-7890",
  ]]],
  ["Pay with card 4111 1111 1111 1111 please", [[
    "card",
    "4111 1111 1111 1111",
  ]]],
  ["Charge 4111-1111-1111-1111 for the fee", [["card", "4111-1111-1111-1111"]]],
  ["Visa 4012888888881881 exp 12/28", [["card", "4012888888881881"]]],
  ["mastercard 5555 5555 5555 4444", [["card", "5555 5555 5555 4444"]]],
  ["Amex 3782 822463 10005", [["card", "3782 822463 10005"]]],
  ["378282246310005", [["card", "378282246310005"]]],
  ["Discover 6011111111111117", [["card", "6011111111111117"]]],
  ["tarjeta 5105105105105100", [["card", "5105105105105100"]]],
  ["new 2-series card 2223003122003222", [["card", "2223003122003222"]]],
  ["JCB 3530111333300000", [["card", "3530111333300000"]]],
  ["Diners 30569309025904", [["card", "30569309025904"]]],
  ["Routing number 021000021", [["routing", "021000021"]]],
  ["ABA: 011000015 account 12345678", [["routing", "011000015"], [
    "account",
    "12345678",
  ]]],
  ["bank routing 026009593 and checking 9876543210", [
    ["routing", "026009593"],
    ["account", "9876543210"],
  ]],
  ["número de ruta 122105278", [["routing", "122105278"]]],
  ["021000021 is my routing number", [["routing", "021000021"]]],
  ["My checking account number is 000123456789.", [[
    "account",
    "000123456789",
  ]]],
  ["acct # 4455667788", [["account", "4455667788"]]],
  ["Take it from savings 55512345678", [["account", "55512345678"]]],
  ["Mi cuenta de cheques es 12345678901", [["account", "12345678901"]]],
  ["Withdraw from account 1234-567890", [["account", "1234-567890"]]],
  ["98765432101 is my checking account", [["account", "98765432101"]]],
  ["password: Hunter2!", [["password", "Hunter2!"]]],
  ["My password is Tr0ub4dor&3", [["password", "Tr0ub4dor&3"]]],
  ["mi contraseña es Gato2024", [["password", "Gato2024"]]],
  ["pwd=secret99", [["password", "secret99"]]],
  ["my PIN is 1234", [["pin", "1234"]]],
  ["PIN: 987654", [["pin", "987654"]]],
  ["mi NIP es 4321", [["pin", "4321"]]],
  ["CVV 123", [["pin", "123"]]],
  [
    "Loan 7001234567, SSN 321-54-9876, card 4111111111111111",
    [["ssn", "321-54-9876"], ["card", "4111111111111111"]],
  ],
  ["debit card 4000 0566 5566 5556 was charged twice", [[
    "card",
    "4000 0566 5566 5556",
  ]]],
  ["SSN#123-45-6780", [["ssn", "123-45-6780"]]],
  ["My social is 123456780", [["ssn", "123456780"]]],
  ["card no. 4111 1111 1111 1111", [["card", "4111 1111 1111 1111"]]],
  ["routing 021000021, account 000123456789", [["routing", "021000021"], [
    "account",
    "000123456789",
  ]]],
  ["wire it to acct 12-345678-9", [["account", "12-345678-9"]]],
  ["Savings acct: 9988776655", [["account", "9988776655"]]],
  ["password = qwerty123", [["password", "qwerty123"]]],
  ["The passcode is 8812", [["password", "8812"]]],
  ["PIN number: 2580", [["pin", "2580"]]],
  ["4242424242424242 is my card", [["card", "4242424242424242"]]],
  ["cuenta de ahorros 1234567890", [["account", "1234567890"]]],
  ["mi tarjeta de crédito es 4111 1111 1111 1111", [[
    "card",
    "4111 1111 1111 1111",
  ]]],
  ["ssn 123 45 6789 and dob 1980-01-01", [["ssn", "123 45 6789"]]],
  ["checking: 123456", [["account", "123456"]]],
];

const negatives: Sample[] = [
  ["My payment of $1,234.56 was made on 2026-03-15.", []],
  ["I paid 1234.56 on 03/15/2026", []],
  ["Call me at (555) 555-0100 or 555-555-0100.", []],
  ["My cell is 555.555.0100", []],
  ["Phone +1 555 555 0100 after 5 pm", []],
  ["The property is at 12 Main St, Springfield, IL 62704", []],
  ["ZIP 62704-1234", []],
  [`Loan number ${LOAN}`, []],
  [`My account number is ${LOAN}`, []],
  ["loan account number 123456789", []],
  ["escrow account 123456789012", []],
  ["Reference BHC-20261127-7F3A2C", []],
  ["Case number 12345678, opened 2025-11-01", []],
  ["Confirmation 987654321 from your website", []],
  ["Tax year 2025, Form 1098 shows $4,321.00 of interest", []],
  ["Last 4 of my SSN are 6789", []],
  ["SSN ending in 6789", []],
  ["The SSN 000-12-3456 on the form", []],
  ["The number 666-12-3456", []],
  ["The number 900-12-3456", []],
  ["SSN 123-00-4567", []],
  ["SSN 123-45-0000", []],
  ["Card ending in 1111", []],
  ["This 4111 1111 1111 1112 fails Luhn", []],
  ["order 1234567890123456", []],
  ["I forgot my password and cannot log in.", []],
  ["My password is not working", []],
  ["Olvidé mi contraseña", []],
  ["Reset my PIN please", []],
  ["Since 2019 my account balance is $250,000.00", []],
  ["Account opened 2026-01-15", []],
  ["I have been a customer since 1998; my account has 12 late fees?", []],
  ["Payment of 1500 posted on January 5", []],
  ["Tracking 1Z999AA10123456784", []],
  ["Routing of my call took 45 minutes", []],
  ["Bank holiday on 2026-05-25 delayed my payment", []],
  ["The parcel 123456789 tax bill", []],
  ["Insurance policy 123456789 renewed", []],
  ["Invoice 2026-0042 from the county", []],
  ["Checking on the status of my request from 11/02/2026", []],
  ["I sent check number 1042 for $1,500.00", []],
  ["Interest rate 6.375% changed on 2026-09-01", []],
  ["12 payments of $1,234.56 each", []],
  ["Due date 12/01/2026, amount $2,100.00", []],
  ["Loan # 0012345678 and phone 800-555-0199", []],
  ["Fee of $35 charged on 2026-11-16 to my account", []],
  ["Account 1234 ending", []],
  ["I called 1-800-555-0199 about my account", []],
  ["Call the account team at 1-800-555-0199", []],
  ["My account was charged 35.00 twice", []],
  ["Reference number 2026112700123", []],
  ["Your letter dated 20261101 about my account", []],
  ["Account balance 245000 is wrong", []],
  ["SSN last four 6789", []],
  ["escrow shortage 1234.56", []],
  ["Case #A-12345678", []],
];

function key(kind: string, text: string): string {
  return `${kind}:${text}`;
}

Deno.test("guard corpus: precision and recall are at least 0.95", () => {
  let tp = 0, fp = 0, fn = 0;
  const misses: string[] = [];
  for (const [text, expected] of [...positives, ...negatives]) {
    const found = scanText(text, "details", { loanNumber: LOAN }).map((f) => key(f.kind, f.text));
    const want = expected.map(([k, t]) => key(k, t));
    for (const f of found) {
      if (want.includes(f)) tp++;
      else {
        fp++;
        misses.push(`false positive ${f} in ${JSON.stringify(text)}`);
      }
    }
    for (const w of want) {
      if (!found.includes(w)) {
        fn++;
        misses.push(`missed ${w} in ${JSON.stringify(text)}`);
      }
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const n = positives.length + negatives.length;
  console.log(
    `guard corpus: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (n=${n})`,
  );
  if (misses.length > 0) console.log(misses.join("\n"));
  assert.ok(n >= 60, "corpus has at least 60 samples");
  assert.ok(precision >= 0.95, `precision ${precision}`);
  assert.ok(recall >= 0.95, `recall ${recall}`);
});
