// invalid: unit structs (their value is a path expression, not modelled)
struct Point; //~ ERROR not supported
