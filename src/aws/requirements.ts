// Account requirements, checked before anything is created. ECS services created by CloudFormation need the
// long ARN format (tags on services and tasks depend on it); Docker's integration refused to run without it.

import { UserError } from '../errors.js';
import type { AwsClients } from './clients.js';
import { errorMessage, isAccessDenied } from './clients.js';

export async function checkAccountRequirements(clients: AwsClients, warn: (message: string) => void): Promise<void> {
  const { sdk, client } = await clients.ecs();
  let value: string | undefined;
  try {
    const result = await client.send(new sdk.ListAccountSettingsCommand({ name: 'serviceLongArnFormat', effectiveSettings: true }));
    value = result.settings?.find((s) => s.name === 'serviceLongArnFormat')?.value;
  } catch (error) {
    if (isAccessDenied(error)) {
      warn(`Cannot check the ECS account setting serviceLongArnFormat (${errorMessage(error)}); allow ecs:ListAccountSettings to have it checked. Continuing.`);
      return;
    }
    throw error;
  }
  if (value !== undefined && value !== 'enabled') {
    throw new UserError(
      'This tool requires the "new ARN resource ID format" for ECS services (account setting serviceLongArnFormat is ' +
        `${value} in ${clients.region}). Enable it for the account: aws ecs put-account-setting-default --name serviceLongArnFormat --value enabled ` +
        '(see https://aws.amazon.com/blogs/compute/migrating-your-amazon-ecs-deployment-to-the-new-arn-and-resource-id-format-2/).',
    );
  }
}
