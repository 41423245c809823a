import { useEffect, useState } from "preact/hooks";
import { plural } from "../inquiry/plural.ts";
import type { SearchHit } from "../search/client.ts";
import { useWords } from "../ui/words.ts";

interface Props {
  /** The summary as typed; fewer than three characters shows nothing. */
  query: string;
}

/** Up to three guides that might answer the summary, found 500 ms after typing stops; never blocks. */
export function Suggestions({ query }: Props) {
  const { lang, t } = useWords();
  const [hits, setHits] = useState<SearchHit[]>([]);
  useEffect(() => {
    const q = query.trim();
    if (q.length < 3) {
      setHits([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      // The search client loads the first time suggestions are needed, not with the page.
      import("../search/client.ts").then(({ searchHelp }) => searchHelp(q, 3)).then(
        (found) => live && setHits(found),
        () => live && setHits([]),
      );
    }, 500);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  const n = hits.length;
  return (
    <div class="suggestions">
      <p role="status" class="hint">
        {n ? plural(lang, n, t.guides) : ""}
      </p>
      {n > 0 && (
        <ul>
          {hits.map((h) => (
            <li key={h.url}>
              <a href={h.url}>{h.title}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
