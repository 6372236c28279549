package io.tenflowers.autograd.kernels;

/**
 * Stride-1 convolution computed directly from the (padded) image, with no im2col matrix: an
 * "implicit GEMM" whose B operand is read from shifted rows of the image. On NCHW data with
 * few channels (the common first layers) this avoids writing and re-reading C·kh·kw copies of
 * the input. All arrays are row-major; "valid" correlation means no padding is applied here.
 */
interface DirectConvolutionKernel {
    /**
     * {@code out[n,o,y,x] = bias[o] + Σ_{c,i,j} w[o,c,i,j] · in[n,c,y+i,x+j]} for
     * {@code in [images, inChannels, inH, inW]}, {@code w [outChannels, inChannels, kh, kw]},
     * {@code out [images, outChannels, inH-kh+1, inW-kw+1]}, {@code bias [outChannels]} or null
     * for none (added in registers before the store: a separate broadcast add would read and
     * write the whole output once more).
     */
    float[] correlate(float[] in, int images, int inChannels, int inH, int inW,
                      float[] w, int outChannels, int kh, int kw, float[] bias);

    /**
     * {@code dw[o,c,i,j] = Σ_{n,y,x} g[n,o,y,x] · in[n,c,y+i,x+j]}: the weight gradient of
     * {@link #correlate}, for {@code g [images, outChannels, inH-kh+1, inW-kw+1]}.
     */
    float[] weightGradient(float[] in, int images, int inChannels, int inH, int inW,
                           float[] g, int outChannels, int kh, int kw);
}
