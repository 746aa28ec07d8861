// invalid: loop labels
fn f() {
    'outer: loop { //~ ERROR not supported
        break 'outer;
    }
}
