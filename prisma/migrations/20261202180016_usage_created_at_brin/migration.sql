-- CreateIndex
-- autosummarize: each 128-page range is summarized by autovacuum as soon as it fills, so a period's query skips
-- the ranges outside it (an unsummarized range is always read).
CREATE INDEX "UsageRecord_createdAt_idx" ON "UsageRecord" USING BRIN ("createdAt") WITH (autosummarize = on);
