#pragma once
// Hands results made on several threads to one consumer in index order, one at a time, as
// soon as every earlier result has been handed over. A worker may start at most `window`
// indices ahead of the consumer, so at most `window` results ever wait: a batch's memory
// is that of the files in flight, not of the files checked.

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <utility>

namespace budgetcheck {

template <typename T>
class InOrder {
 public:
  InOrder(std::size_t count, std::size_t window, std::function<void(T&&)> consume)
      : count_(count), window_(std::max<std::size_t>(window, 1)), consume_(std::move(consume)) {}

  // The next index to work on, waiting while it is `window` or more ahead of the consumer;
  // std::nullopt when every index is taken, or after stop().
  std::optional<std::size_t> take() {
    std::unique_lock lock(mutex_);
    turn_.wait(lock, [&] { return stopped_ || next_take_ >= count_ || has_room(); });
    if (stopped_ || next_take_ >= count_)
      return std::nullopt;
    return next_take_++;
  }
  // Like take(), but std::nullopt instead of waiting.
  std::optional<std::size_t> try_take() {
    std::lock_guard lock(mutex_);
    if (stopped_ || next_take_ >= count_ || !has_room())
      return std::nullopt;
    return next_take_++;
  }

  // The result of a taken index. Every result now due is consumed, on this thread (outside
  // the lock; one consumer call at a time, whichever thread makes it). If the consumer
  // throws, the exception propagates and stop() is in force.
  void put(std::size_t index, T&& result) {
    std::unique_lock lock(mutex_);
    waiting_.emplace(index, std::move(result));
    most_waiting_ = std::max(most_waiting_, waiting_.size());
    if (consuming_)
      return;  // the thread consuming will reach it
    consuming_ = true;
    while (!stopped_ && !waiting_.empty() && waiting_.begin()->first == next_consume_) {
      T due = std::move(waiting_.begin()->second);
      waiting_.erase(waiting_.begin());
      lock.unlock();
      try {
        consume_(std::move(due));
      } catch (...) {
        lock.lock();
        consuming_ = false;
        stopped_ = true;
        turn_.notify_all();
        throw;
      }
      lock.lock();
      ++next_consume_;
      turn_.notify_all();
    }
    consuming_ = false;
  }

  // No index is handed out any more (a worker failed); results not yet consumed are dropped.
  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    turn_.notify_all();
  }

  std::size_t consumed() const {
    std::lock_guard lock(mutex_);
    return next_consume_;
  }
  // The most results that ever waited at once (at most `window`).
  std::size_t most_waiting() const {
    std::lock_guard lock(mutex_);
    return most_waiting_;
  }

 private:
  bool has_room() const { return next_take_ < next_consume_ + window_; }

  const std::size_t count_, window_;
  const std::function<void(T&&)> consume_;
  mutable std::mutex mutex_;
  std::condition_variable turn_;
  std::map<std::size_t, T> waiting_;
  std::size_t next_take_ = 0, next_consume_ = 0, most_waiting_ = 0;
  bool consuming_ = false, stopped_ = false;
};

}  // namespace budgetcheck
