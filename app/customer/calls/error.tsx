'use client';

import { CallsError } from '@/components/calls/calls-error';

export default CallsError;
