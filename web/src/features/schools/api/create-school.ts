import { graphql } from '../../../gql';

export const CreateSchoolMutation = graphql(`
  mutation CreateSchool($input: CreateSchoolInput!) {
    createSchool(input: $input) {
      id
      slug
      name
    }
  }
`);
