'use client';

import { PageError } from '@/components/self-service/page-error';

export default PageError;
