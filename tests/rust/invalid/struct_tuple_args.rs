// invalid: a tuple struct's constructor with too few arguments
struct T(u32, Guard);
fn f() -> u32 {
    let t = T(1); //~ ERROR this struct takes 2 arguments but 1 argument was supplied
    t.0
}
