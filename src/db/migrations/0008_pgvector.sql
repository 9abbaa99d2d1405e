-- pgvector where the engine has it (PGlite loads it in openDatabase; PostgreSQL hosts that
-- ship it). Without it, or without the right to create it, nothing changes: similar Q&A
-- re-ranks its lexical candidates with the plain real[] vectors of question_embeddings.
-- No column uses the vector type: nearest-neighbour search casts question_embeddings.vector
-- at query time (and through per-model expression indexes made at run time, see
-- src/features/similar/vector-search.ts), so the same tables work on every engine.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
    CREATE EXTENSION IF NOT EXISTS vector;
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'pgvector is available but this role may not create it; similar Q&A uses plain arrays';
END
$$;
