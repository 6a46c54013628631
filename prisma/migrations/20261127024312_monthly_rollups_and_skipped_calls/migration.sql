-- AlterTable
ALTER TABLE "CdrSyncCursor" ADD COLUMN     "callsSkipped" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "UsageMonthly" (
    "partnerId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "calls" INTEGER NOT NULL,
    "answeredCalls" INTEGER NOT NULL,
    "billableSeconds" BIGINT NOT NULL,
    "cost" DECIMAL(20,6) NOT NULL,
    "sell" DECIMAL(20,6) NOT NULL,

    CONSTRAINT "UsageMonthly_pkey" PRIMARY KEY ("partnerId","month","customerId")
);

-- CreateTable
CREATE TABLE "UsageDidMonthly" (
    "partnerId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "did" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "calls" INTEGER NOT NULL,
    "billableSeconds" BIGINT NOT NULL,
    "cost" DECIMAL(20,6) NOT NULL,
    "sell" DECIMAL(20,6) NOT NULL,

    CONSTRAINT "UsageDidMonthly_pkey" PRIMARY KEY ("partnerId","month","customerId","did")
);
