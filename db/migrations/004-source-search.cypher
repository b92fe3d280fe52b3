// Sources found by title or publisher for the citation picker, however they are accented or cased, like actor
// names (003). Synchronous so that a source created inline is found by the next search.
CREATE FULLTEXT INDEX source_titles IF NOT EXISTS FOR (n:Source) ON EACH [n.title, n.publisher]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
