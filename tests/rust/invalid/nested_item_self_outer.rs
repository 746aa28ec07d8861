// invalid: `Self` of an impl's fn used in a fn item nested in it (E0401, items30)
struct T {
    a: u32,
}
impl T {
    fn m(&self) -> u32 {
        fn inner(x: Self) -> u32 { //~ ERROR can't use `Self` from outer item
            x.a
        }
        self.a
    }
}
