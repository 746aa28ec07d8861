// invalid: an enum casts to integers only (E0054)
enum E { A, B }
fn f(e: E) -> bool {
    e as bool //~ ERROR cannot cast `E` as `bool`
}
