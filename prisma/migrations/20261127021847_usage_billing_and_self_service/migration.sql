-- CreateEnum
CREATE TYPE "FundingOrigin" AS ENUM ('STAFF', 'AUTO_TOP_UP');

-- CreateEnum
CREATE TYPE "CallDirection" AS ENUM ('INBOUND', 'OUTBOUND');

-- CreateEnum
CREATE TYPE "CallStatus" AS ENUM ('ANSWERED', 'NO_ANSWER', 'BUSY', 'FAILED');

-- CreateEnum
CREATE TYPE "SyncState" AS ENUM ('IDLE', 'RUNNING', 'WAITING_FOR_BUDGET', 'FAILED');

-- CreateEnum
CREATE TYPE "RerateStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('DRAFT', 'ISSUED', 'PAID', 'VOID');

-- CreateEnum
CREATE TYPE "InvoiceLineKind" AS ENUM ('USAGE', 'RECURRING', 'ADJUSTMENT');

-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';

-- AlterTable
ALTER TABLE "WalletFunding" ADD COLUMN     "origin" "FundingOrigin" NOT NULL DEFAULT 'STAFF';

-- CreateTable
CREATE TABLE "Cdr" (
    "id" BIGSERIAL NOT NULL,
    "partnerId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "providerCallId" TEXT NOT NULL,
    "direction" "CallDirection" NOT NULL,
    "fromNumber" TEXT NOT NULL,
    "toNumber" TEXT NOT NULL,
    "did" TEXT,
    "destination" TEXT NOT NULL,
    "destinationCountry" CHAR(2),
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "durationSeconds" INTEGER NOT NULL,
    "billableSeconds" INTEGER NOT NULL,
    "status" "CallStatus" NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "cost" DECIMAL(18,6) NOT NULL,
    "sellPrice" DECIMAL(18,6),
    "ratedPrefix" TEXT,
    "syncedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Cdr_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CdrSyncCursor" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "scopeKey" TEXT NOT NULL,
    "customerId" TEXT,
    "syncedUntil" TIMESTAMPTZ(3) NOT NULL,
    "state" "SyncState" NOT NULL DEFAULT 'IDLE',
    "lastRunAt" TIMESTAMP(3),
    "lastSuccessAt" TIMESTAMP(3),
    "lastError" TEXT,
    "nextAllowedAt" TIMESTAMP(3),
    "callsImported" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CdrSyncCursor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsageDaily" (
    "partnerId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "calls" INTEGER NOT NULL,
    "answeredCalls" INTEGER NOT NULL,
    "billableSeconds" BIGINT NOT NULL,
    "cost" DECIMAL(20,6) NOT NULL,
    "sell" DECIMAL(20,6) NOT NULL,

    CONSTRAINT "UsageDaily_pkey" PRIMARY KEY ("partnerId","customerId","day")
);

-- CreateTable
CREATE TABLE "PartnerUsageDaily" (
    "partnerId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "calls" INTEGER NOT NULL,
    "answeredCalls" INTEGER NOT NULL,
    "billableSeconds" BIGINT NOT NULL,
    "cost" DECIMAL(20,6) NOT NULL,
    "sell" DECIMAL(20,6) NOT NULL,

    CONSTRAINT "PartnerUsageDaily_pkey" PRIMARY KEY ("partnerId","day","currency")
);

-- CreateTable
CREATE TABLE "UsageDestinationDaily" (
    "partnerId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "country" CHAR(2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "calls" INTEGER NOT NULL,
    "billableSeconds" BIGINT NOT NULL,
    "cost" DECIMAL(20,6) NOT NULL,
    "sell" DECIMAL(20,6) NOT NULL,

    CONSTRAINT "UsageDestinationDaily_pkey" PRIMARY KEY ("partnerId","customerId","day","country")
);

-- CreateTable
CREATE TABLE "PartnerUsageDestinationDaily" (
    "partnerId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "country" CHAR(2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "calls" INTEGER NOT NULL,
    "billableSeconds" BIGINT NOT NULL,
    "cost" DECIMAL(20,6) NOT NULL,
    "sell" DECIMAL(20,6) NOT NULL,

    CONSTRAINT "PartnerUsageDestinationDaily_pkey" PRIMARY KEY ("partnerId","day","currency","country")
);

-- CreateTable
CREATE TABLE "UsageDidDaily" (
    "partnerId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "did" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "calls" INTEGER NOT NULL,
    "billableSeconds" BIGINT NOT NULL,
    "cost" DECIMAL(20,6) NOT NULL,
    "sell" DECIMAL(20,6) NOT NULL,

    CONSTRAINT "UsageDidDaily_pkey" PRIMARY KEY ("partnerId","customerId","day","did")
);

-- CreateTable
CREATE TABLE "PriceList" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PriceList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriceListEntry" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "priceListId" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "ratePerMinute" DECIMAL(18,6) NOT NULL,
    "billingIncrementSeconds" INTEGER NOT NULL DEFAULT 60,
    "minimumSeconds" INTEGER NOT NULL DEFAULT 0,
    "connectionFee" DECIMAL(18,6) NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PriceListEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RerateRun" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "priceListId" TEXT NOT NULL,
    "from" TIMESTAMP(3) NOT NULL,
    "to" TIMESTAMP(3) NOT NULL,
    "status" "RerateStatus" NOT NULL DEFAULT 'QUEUED',
    "ratedCalls" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "requestedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "RerateRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "status" "InvoiceStatus" NOT NULL DEFAULT 'ISSUED',
    "currency" CHAR(3) NOT NULL,
    "subtotal" DECIMAL(18,5) NOT NULL,
    "tax" DECIMAL(18,5) NOT NULL DEFAULT 0,
    "total" DECIMAL(18,5) NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceLine" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "kind" "InvoiceLineKind" NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" DECIMAL(18,4) NOT NULL,
    "unitPrice" DECIMAL(18,6) NOT NULL,
    "amount" DECIMAL(18,5) NOT NULL,

    CONSTRAINT "InvoiceLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreditNote" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "amount" DECIMAL(18,5) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreditNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "partnerId" TEXT,
    "customerId" TEXT,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "customerId" TEXT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "dedupeKey" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AutoTopUpRule" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "triggerBalance" DECIMAL(18,5) NOT NULL,
    "amount" DECIMAL(18,5) NOT NULL,
    "dailyCap" DECIMAL(18,5) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "lastRunAt" TIMESTAMP(3),
    "lastError" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AutoTopUpRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Cdr_partnerId_startedAt_id_idx" ON "Cdr"("partnerId", "startedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Cdr_customerId_startedAt_id_idx" ON "Cdr"("customerId", "startedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Cdr_partnerId_billableSeconds_id_idx" ON "Cdr"("partnerId", "billableSeconds" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Cdr_customerId_billableSeconds_id_idx" ON "Cdr"("customerId", "billableSeconds" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Cdr_partnerId_did_startedAt_idx" ON "Cdr"("partnerId", "did", "startedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Cdr_connectionId_providerCallId_key" ON "Cdr"("connectionId", "providerCallId");

-- CreateIndex
CREATE INDEX "CdrSyncCursor_partnerId_idx" ON "CdrSyncCursor"("partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "CdrSyncCursor_connectionId_scopeKey_key" ON "CdrSyncCursor"("connectionId", "scopeKey");

-- CreateIndex
CREATE INDEX "UsageDaily_partnerId_day_idx" ON "UsageDaily"("partnerId", "day");

-- CreateIndex
CREATE INDEX "UsageDestinationDaily_partnerId_day_idx" ON "UsageDestinationDaily"("partnerId", "day");

-- CreateIndex
CREATE INDEX "UsageDidDaily_partnerId_day_idx" ON "UsageDidDaily"("partnerId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "PriceList_partnerId_currency_key" ON "PriceList"("partnerId", "currency");

-- CreateIndex
CREATE UNIQUE INDEX "PriceListEntry_priceListId_prefix_key" ON "PriceListEntry"("priceListId", "prefix");

-- CreateIndex
CREATE INDEX "RerateRun_partnerId_createdAt_idx" ON "RerateRun"("partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "Invoice_partnerId_issuedAt_idx" ON "Invoice"("partnerId", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_partnerId_number_key" ON "Invoice"("partnerId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_customerId_periodStart_key" ON "Invoice"("customerId", "periodStart");

-- CreateIndex
CREATE INDEX "InvoiceLine_invoiceId_idx" ON "InvoiceLine"("invoiceId");

-- CreateIndex
CREATE INDEX "CreditNote_invoiceId_idx" ON "CreditNote"("invoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "CreditNote_partnerId_number_key" ON "CreditNote"("partnerId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_partnerId_createdAt_idx" ON "Invitation"("partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "Invitation_customerId_idx" ON "Invitation"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_partnerId_customerId_createdAt_idx" ON "Notification"("partnerId", "customerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AutoTopUpRule_customerId_key" ON "AutoTopUpRule"("customerId");

-- CreateIndex
CREATE INDEX "AutoTopUpRule_partnerId_idx" ON "AutoTopUpRule"("partnerId");

-- AddForeignKey
ALTER TABLE "PriceListEntry" ADD CONSTRAINT "PriceListEntry_priceListId_fkey" FOREIGN KEY ("priceListId") REFERENCES "PriceList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditNote" ADD CONSTRAINT "CreditNote_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
