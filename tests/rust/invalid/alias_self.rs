// invalid: `Self` in a type alias at the top level
type X = Self; //~ ERROR [E0411] cannot find type `Self` in this scope
