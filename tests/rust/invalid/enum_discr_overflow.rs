// invalid: the variant after isize::MAX has no value (E0370)
enum E {
    A = 9223372036854775807,
    B, //~ ERROR enum discriminant overflowed
}
fn f() -> E { E::A }
