// Another servicer adopts the site: its profile (Maple Leaf Home Loans) and a third language
// (French), built once in a copy of the project (adopted-site.ts); each module holds one fixture's
// checks.
import "./maple-checks.ts";
import "./french-checks.ts";
