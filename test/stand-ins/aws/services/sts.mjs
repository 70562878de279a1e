// STS (awsQuery, Version 2011-06-15): identity of the static test credentials.
import { ACCOUNT } from '../state.mjs';

export const sts = {
  GetCallerIdentity() {
    return { UserId: 'AIDASTANDINTESTUSER', Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/test` };
  },
};
