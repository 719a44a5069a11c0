import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { ViewerQuery } from './viewer';

export const LeaveSchoolMutation = graphql(`
  mutation LeaveSchool($schoolId: ID!) {
    leaveSchool(schoolId: $schoolId)
  }
`);

/**
 * The viewer's schools are asked again, so the school is gone from home and the navigation. Not
 * awaited: the screen being left would turn into "not found" before the viewer is taken home.
 */
export function useLeaveSchool() {
  return useMutation(LeaveSchoolMutation, { refetchQueries: [ViewerQuery] });
}
