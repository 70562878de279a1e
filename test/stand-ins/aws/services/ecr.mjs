// ECR (awsJson1_1): registry credentials, used when the action pins image digests.
import { ACCOUNT, REGION } from '../state.mjs';

export const ecr = {
  GetAuthorizationToken() {
    return {
      authorizationData: [{
        authorizationToken: Buffer.from('AWS:stand-in-password').toString('base64'),
        expiresAt: new Date(Date.now() + 12 * 3600 * 1000),
        proxyEndpoint: `https://${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com`,
      }],
    };
  },
};
