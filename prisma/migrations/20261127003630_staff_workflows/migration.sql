-- Trigram indexes make substring search on customers fast (the schema's GIN indexes below).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "KycStatus" AS ENUM ('NOT_REQUIRED', 'PENDING', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "LedgerAccountKind" AS ENUM ('PARTNER_FUNDING', 'TRANSFERS_IN_FLIGHT', 'CUSTOMER_WALLET');

-- CreateEnum
CREATE TYPE "FundingStatus" AS ENUM ('PENDING', 'SETTLED', 'REVERSED', 'FAILED');

-- CreateEnum
CREATE TYPE "OnboardingStep" AS ENUM ('PROVISION', 'FUND', 'ASSIGN_NUMBER', 'DONE');

-- CreateEnum
CREATE TYPE "AssignmentRecord" AS ENUM ('PROVIDER', 'PORTAL');

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "balanceUpdatedAt" TIMESTAMP(3),
ADD COLUMN     "kycStatus" "KycStatus" NOT NULL DEFAULT 'NOT_REQUIRED',
ADD COLUMN     "lowBalanceThreshold" DECIMAL(18,5);

-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "maxTransferAmount" DECIMAL(18,5);

-- CreateTable
CREATE TABLE "LedgerAccount" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "kind" "LedgerAccountKind" NOT NULL,
    "customerId" TEXT,
    "currency" CHAR(3) NOT NULL,
    "balance" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerTransaction" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "fundingId" TEXT,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerTransaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "transactionId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "amount" DECIMAL(18,5) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WalletFunding" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "amount" DECIMAL(18,5) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" "FundingStatus" NOT NULL DEFAULT 'PENDING',
    "outcomeUnknown" BOOLEAN NOT NULL DEFAULT false,
    "providerTransactionId" TEXT,
    "description" TEXT,
    "lastError" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "requestedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "settledAt" TIMESTAMP(3),

    CONSTRAINT "WalletFunding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerOnboarding" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "step" "OnboardingStep" NOT NULL DEFAULT 'PROVISION',
    "openingBalance" DECIMAL(18,5),
    "numberToAssign" TEXT,
    "fundingKey" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomerOnboarding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NumberAssignment" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "providerNumberId" TEXT,
    "label" TEXT,
    "forwardTo" TEXT,
    "recordedIn" "AssignmentRecord" NOT NULL,
    "monthlyPrice" DECIMAL(18,5),
    "currency" CHAR(3),
    "assignedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NumberAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LedgerAccount_key_key" ON "LedgerAccount"("key");

-- CreateIndex
CREATE INDEX "LedgerAccount_partnerId_kind_idx" ON "LedgerAccount"("partnerId", "kind");

-- CreateIndex
CREATE INDEX "LedgerTransaction_partnerId_createdAt_idx" ON "LedgerTransaction"("partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "LedgerTransaction_fundingId_idx" ON "LedgerTransaction"("fundingId");

-- CreateIndex
CREATE INDEX "LedgerEntry_accountId_createdAt_idx" ON "LedgerEntry"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "LedgerEntry_partnerId_createdAt_idx" ON "LedgerEntry"("partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "WalletFunding_status_updatedAt_idx" ON "WalletFunding"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "WalletFunding_customerId_createdAt_idx" ON "WalletFunding"("customerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WalletFunding_partnerId_idempotencyKey_key" ON "WalletFunding"("partnerId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerOnboarding_customerId_key" ON "CustomerOnboarding"("customerId");

-- CreateIndex
CREATE INDEX "CustomerOnboarding_partnerId_step_idx" ON "CustomerOnboarding"("partnerId", "step");

-- CreateIndex
CREATE INDEX "NumberAssignment_partnerId_number_idx" ON "NumberAssignment"("partnerId", "number");

-- CreateIndex
CREATE INDEX "NumberAssignment_customerId_idx" ON "NumberAssignment"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "NumberAssignment_connectionId_number_key" ON "NumberAssignment"("connectionId", "number");

-- CreateIndex
CREATE INDEX "Customer_partnerId_status_name_idx" ON "Customer"("partnerId", "status", "name");

-- CreateIndex
CREATE INDEX "Customer_partnerId_connectionId_name_idx" ON "Customer"("partnerId", "connectionId", "name");

-- CreateIndex
CREATE INDEX "Customer_partnerId_balance_idx" ON "Customer"("partnerId", "balance");

-- CreateIndex
CREATE INDEX "Customer_partnerId_createdAt_idx" ON "Customer"("partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "Customer_name_trgm_idx" ON "Customer" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Customer_email_trgm_idx" ON "Customer" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Customer_phone_trgm_idx" ON "Customer" USING GIN ("phone" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "LedgerTransaction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "LedgerAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WalletFunding" ADD CONSTRAINT "WalletFunding_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerOnboarding" ADD CONSTRAINT "CustomerOnboarding_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NumberAssignment" ADD CONSTRAINT "NumberAssignment_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
