// not supported: an impl block in a body of a struct declared outside that body (items30: rustc
// prints its fns `f::<impl Top>::n`, and warns non_local_definitions)
struct Top(u32);
fn f(x: u32) -> u32 {
    impl Top { //~ ERROR an impl block in a body of a struct declared outside that body is not supported
        fn n(&self) -> u32 {
            self.0
        }
    }
    let t = Top(x);
    t.n()
}
