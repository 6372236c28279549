package io.tenflowers.autograd.nn;

import io.tenflowers.autograd.Tensor;

import java.util.ArrayList;
import java.util.List;

/** Applies modules in order; its parameters are theirs, in order. */
public final class Sequential implements Module {
    private final List<Module> modules;

    public Sequential(Module... modules) {
        for (int i = 0; i < modules.length; i++) {
            if (modules[i] == null) {
                throw new IllegalArgumentException("Sequential: module #" + i + " is null");
            }
        }
        this.modules = List.of(modules);
    }

    @Override
    public Tensor forward(Tensor input) {
        Tensor x = input;
        for (Module m : modules) {
            x = m.forward(x);
        }
        return x;
    }

    @Override
    public List<Tensor> parameters() {
        List<Tensor> all = new ArrayList<>();
        for (Module m : modules) {
            all.addAll(m.parameters());
        }
        return all;
    }
}
