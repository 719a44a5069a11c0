import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { ViewerQuery } from '../../../lib/viewer/viewer';

export const CreateSchoolMutation = graphql(`
  mutation CreateSchool($input: CreateSchoolInput!) {
    createSchool(input: $input) {
      id
      slug
      name
    }
  }
`);

/** The creator becomes the owner: the viewer's schools (menu, home, permissions) are fetched again. */
export function useCreateSchool() {
  return useMutation(CreateSchoolMutation, { refetchQueries: [ViewerQuery] });
}
