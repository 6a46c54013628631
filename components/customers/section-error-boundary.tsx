'use client';

import { Component, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';

type Props = { what: string; children: ReactNode };

/**
 * Keeps one failing section (a provider read, another feature's card) from taking the
 * whole customer page down: the section says so, the rest of the page stays usable.
 */
export class SectionErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert variant="error" role="alert" title={`${this.props.what} could not be shown.`}>
        Reload the page to try again; the rest of this page is unaffected.
      </Alert>
    );
  }
}
