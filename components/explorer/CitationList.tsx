import Link from 'next/link';
import type { CitationDetails } from '@/lib/graph';
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from '@/lib/schemas/common';
import { webUrlSchema } from '@/lib/schemas/common';

/** The source link only when it is a web address; anything else is shown as text, never followed. */
function safeHref(url: string | null): string | null {
  return url && webUrlSchema.safeParse(url).success ? url : null;
}

export function CitationList({ citations }: { citations: CitationDetails[] }) {
  if (citations.length === 0) return <p className="muted">No citation.</p>;
  return (
    <ol className="citations">
      {citations.map((citation, index) => {
        const { source } = citation;
        const href = safeHref(source.url);
        return (
          <li key={`${source.id}-${index}`} className="citation">
            <blockquote lang={source.language}>{citation.quote}</blockquote>
            <p className="citation-source">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                  {source.title}
                </a>
              ) : (
                <cite>{source.title}</cite>
              )}
              {source.publisher && <> · {source.publisher}</>}
              {source.section && <> · {source.section}</>}
              {source.publishedAt && <> · {source.publishedAt}</>}
              {!href && <span className="muted"> · no link recorded</span>}
              {' · '}
              <Link href={`/sources/${encodeURIComponent(source.id)}`}>All claims from this source</Link>
            </p>
            <p className="citation-grading">
              <span className="grade" title={RELIABILITY_LABELS[source.reliability]}>
                Source {source.reliability}
              </span>{' '}
              {RELIABILITY_LABELS[source.reliability]} ·{' '}
              <span className="grade" title={CREDIBILITY_LABELS[citation.credibility]}>
                Information {citation.credibility}
              </span>{' '}
              {CREDIBILITY_LABELS[citation.credibility]}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
