-- Advanced after every committed change to search_documents; cached search hits are used only
-- while it stays the value read before they were computed (features/search/search-cache.ts).
CREATE SEQUENCE "search_generation" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;
