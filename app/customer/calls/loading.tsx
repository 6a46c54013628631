import { CallsLoading } from '@/components/calls/calls-loading';

export default CallsLoading;
