// invalid: a unit struct's value spelled `Self` (rustc builds `const U`, a ZST constant, not modelled)
struct U;
impl U {
    fn make() -> Self {
        Self //~ ERROR not supported
    }
}
