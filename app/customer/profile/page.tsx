import type { Metadata } from 'next';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { LocalTime } from '@/components/ui/local-time';
import { PageHeader } from '@/components/ui/page-header';
import { ChangePasswordForm } from '@/components/self-service/change-password-form';
import { ProfileNameForm } from '@/components/self-service/profile-name-form';
import { requireScope } from '@/lib/auth/session';
import { getOwnProfile } from '@/lib/users/own-profile';

export const metadata: Metadata = { title: 'Profile' };

export default async function CustomerProfilePage() {
  const scope = await requireScope('customer');
  const profile = await getOwnProfile(scope);

  return (
    <>
      <PageHeader
        title="Profile"
        description={
          <>
            Your own sign-in. Member since <LocalTime value={profile.createdAt} format="date" />
            {profile.lastLoginAt ? (
              <>
                {' '}
                · last signed in <LocalTime value={profile.lastLoginAt} />
              </>
            ) : null}
          </>
        }
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card aria-labelledby="profile-details-title">
          <CardHeader>
            <CardTitle id="profile-details-title">Your details</CardTitle>
            <CardDescription>How your provider and colleagues see you in the portal.</CardDescription>
          </CardHeader>
          <CardContent>
            <ProfileNameForm name={profile.name} email={profile.email} />
          </CardContent>
        </Card>
        <Card aria-labelledby="password-title">
          <CardHeader>
            <CardTitle id="password-title">Password</CardTitle>
            <CardDescription>After a few wrong current passwords, changing it (and signing in) is paused for 15 minutes.</CardDescription>
          </CardHeader>
          <CardContent>
            <ChangePasswordForm email={profile.email} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
