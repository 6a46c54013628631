-- AlterTable
ALTER TABLE "ProviderConnection" ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "lastErrorAt" TIMESTAMP(3),
ADD COLUMN     "lastSuccessAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ProviderCallLog" (
    "id" BIGSERIAL NOT NULL,
    "budgetKey" TEXT NOT NULL,
    "calledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProviderCallLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProviderCacheEntry" (
    "connectionId" TEXT NOT NULL,
    "cacheKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProviderCacheEntry_pkey" PRIMARY KEY ("connectionId","cacheKey")
);

-- CreateIndex
CREATE INDEX "ProviderCallLog_budgetKey_calledAt_idx" ON "ProviderCallLog"("budgetKey", "calledAt");
