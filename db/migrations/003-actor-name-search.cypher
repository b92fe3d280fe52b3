// Names and aliases searched however a source spelled them: `standard-folding` lower-cases and folds accents
// and dotted capitals to ASCII (MİT -> mit, Erdoğan -> erdogan). Synchronous so a new actor is found at once.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
