import { graphql } from '../../../gql';

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
    }
    mySchools {
      id
      name
      slug
      viewerRole
      viewerPermissions
      viewerGrantableRoles
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        name
      }
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
        name
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
